using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Admin;

/// <summary>
/// /admin/units: the tenant's units (phòng ban, công an, trường …), and adding one (administrators). Searched without
/// diacritics, 50 a page; province staff see every ward's (some 1,300) with the ward named and filter by ward.
/// </summary>
[Authorize]
public sealed class UnitsModel(ServiceClient services) : PageModel
{
    public static readonly (string Value, string Label)[] Kinds =
    [
        ("Department", "Phòng ban, văn phòng"), ("PublicServiceCentre", "Trung tâm Phục vụ hành chính công"),
        ("Police", "Công an"), ("MilitaryCommand", "Ban Chỉ huy quân sự"), ("School", "Trường học"),
        ("Enterprise", "Doanh nghiệp"), ("MassOrganisation", "Tổ chức chính trị - xã hội"), ("Other", "Khác"),
    ];

    public const int PageSize = 50;

    public List<JsonElement> Units { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>A ward's code (or the province's: its own units).</summary>
    [BindProperty(SupportsGet = true)] public string? Ward { get; set; }
    [BindProperty(SupportsGet = true, Name = ListPage.Parameter)] public int PageNumber { get; set; } = 1;
    public ListPage Paging { get; private set; } = new(1, PageSize, 0, "/admin/units", "");
    public WardDirectory Wards { get; private set; } = WardDirectory.Empty;
    public bool ProvinceWide => WorkRoles.ReadsProvince(User);
    public ServiceAnswer? ListAnswer { get; private set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public Guid? UnitId { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? Added { get; private set; }
    public string? Changed { get; private set; }
    public Guid? FailedFor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync("directory", "/units", new { name = Name, shortName = string.IsNullOrWhiteSpace(ShortName) ? null : ShortName, kind = Kind }, ct);
        if (Answer.Succeeded)
        {
            Added = Answer.Body?.GetProperty("name").GetString();
            Name = ShortName = Kind = null;
        }
        else Response.StatusCode = (int)Answer.Status;
        await LoadAsync(ct);
    }

    /// <summary>A unit renamed or reclassified.</summary>
    public async Task OnPostEditAsync(CancellationToken ct)
    {
        Answer = await services.SendAsync("directory", HttpMethod.Put, $"/units/{UnitId}",
            System.Net.Http.Json.JsonContent.Create(new { name = Name, shortName = string.IsNullOrWhiteSpace(ShortName) ? null : ShortName, kind = Kind }), ct);
        await AfterChangeAsync(Answer.Succeeded ? $"Đã lưu đơn vị “{Answer.Body?.Str("name")}”." : null, ct);
    }

    /// <summary>A unit that no longer exists is retired: its people stay, without a unit; it leaves its clusters.</summary>
    public async Task OnPostRetireAsync(CancellationToken ct)
    {
        if (!Confirmed)
        {
            Answer = new ServiceAnswer(System.Net.HttpStatusCode.BadRequest, null, "Hãy đánh dấu ô xác nhận trước khi giải thể đơn vị.", new Dictionary<string, string>());
            await AfterChangeAsync(null, ct);
            return;
        }
        var name = (await services.GetAsync("directory", $"/units/{UnitId}", ct)).Body?.Str("name");
        Answer = await services.SendAsync("directory", HttpMethod.Delete, $"/units/{UnitId}", null, ct);
        await AfterChangeAsync(Answer.Succeeded ? $"Đã giải thể đơn vị “{name}”." : null, ct);
    }

    private async Task AfterChangeAsync(string? done, CancellationToken ct)
    {
        Changed = done;
        if (done is null) { FailedFor = UnitId; Response.StatusCode = (int)Answer!.Status; }
        Name = ShortName = Kind = null;
        await LoadAsync(ct);
    }

    public string? ErrorFor(string field) => FailedFor is null ? Answer?.FieldErrors.GetValueOrDefault(field) : null;

    public string? RowErrors(JsonElement unit) =>
        FailedFor?.ToString() == unit.Str("id") && Answer is { } a ? string.Join(" ", a.FieldErrors.Values.DefaultIfEmpty(a.Problem ?? "")) : null;

    /// <summary>The list's filters, carried by every form so that a change comes back to the same page of the list.</summary>
    public Dictionary<string, string> Filters => new[] { ("q", Q), ("ward", Ward), (ListPage.Parameter, PageNumber > 1 ? PageNumber.ToString() : null) }
        .Where(f => !string.IsNullOrWhiteSpace(f.Item2)).ToDictionary(f => f.Item1, f => f.Item2!.Trim());

    public string OwnerOf(JsonElement unit) => Wards.OwnerOf(unit.Str("tenantCode"), User.FindFirst(WardPlatform.Tenancy.WardClaims.Province)?.Value ?? "");

    private async Task LoadAsync(CancellationToken ct)
    {
        if (ProvinceWide) Wards = await WardDirectory.LoadAsync(services, ct);
        var ward = ProvinceWide ? Ward : null;
        var query = ListPage.QueryString([ListPage.Pair("q", Q), ListPage.Pair("tenantCode", ward),
            $"page={Math.Max(1, PageNumber)}", $"pageSize={PageSize}"]);
        ListAnswer = await services.GetAsync("directory", "/units/page" + query, ct);
        Units = [.. ListPage.ItemsOf(ListAnswer.Body)];
        Paging = ListPage.From(ListAnswer.Body, "/admin/units", string.Join('&', new[] { ListPage.Pair("q", Q), ListPage.Pair("ward", ward) }.Where(p => p.Length > 0)));
    }
}
