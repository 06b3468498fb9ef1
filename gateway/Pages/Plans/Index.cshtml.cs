using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// /plans: the plans the signed-in person may see, searched without diacritics and filtered by status, 50 a page. Province
/// staff also see whose plan each is (the ward, "Tỉnh" for the province's own) and filter by ward and by level; the plans
/// service keeps wards' drafts from them.
/// </summary>
[Authorize]
public sealed class IndexModel(ServiceClient services) : PageModel
{
    public const int PageSize = 50;
    public static readonly (string Value, string Label)[] Levels = [("Province", "Kế hoạch của tỉnh"), ("Ward", "Kế hoạch của xã, phường")];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    /// <summary>A ward's code: only that ward's plans.</summary>
    [BindProperty(SupportsGet = true)] public string? Ward { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true, Name = ListPage.Parameter)] public int PageNumber { get; set; } = 1;
    public List<JsonElement> Plans { get; private set; } = [];
    public ServiceAnswer? Answer { get; private set; }
    public ListPage Paging { get; private set; } = new(1, PageSize, 0, "/plans", "");
    public WardDirectory Wards { get; private set; } = WardDirectory.Empty;
    public bool ProvinceWide => WorkRoles.ReadsProvince(User);
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(Ward) || !string.IsNullOrEmpty(Level);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (ProvinceWide) Wards = await WardDirectory.LoadAsync(services, ct);
        var status = PlanLabels.Statuses.Any(s => s.Value == Status) ? Status : null;
        var level = Levels.Any(l => l.Value == Level) ? Level : null;
        var ward = ProvinceWide ? Ward?.Trim() : null;
        // The page's own query (kept by the pager's links) and the service's.
        var filters = new[] { ListPage.Pair("q", Q), ListPage.Pair("status", status), ListPage.Pair("ward", ward), ListPage.Pair("level", level) };
        var query = ListPage.QueryString([ListPage.Pair("q", Q), ListPage.Pair("status", status), ListPage.Pair("tenantCode", ward),
            ListPage.Pair("level", level), $"page={Math.Max(1, PageNumber)}", $"pageSize={PageSize}"]);
        Answer = await services.GetAsync("plans", "/plans/page" + query, ct);
        Plans = [.. ListPage.ItemsOf(Answer.Body)];
        Paging = ListPage.From(Answer.Body, "/plans", string.Join('&', filters.Where(f => f.Length > 0)));
        if (!Answer.Succeeded) Response.StatusCode = (int)Answer.Status;
    }

    public string OwnerOf(JsonElement plan) => Wards.OwnerOf(plan.Str("tenantCode"), plan.Str("provinceCode"));
}
