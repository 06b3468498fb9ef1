using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Reports;

/// <summary>
/// /reports — the ward's queue of reports with filters. The first time a ward's staff open it, the ward is opened to
/// citizens' reports with its name and neighbourhoods as the directory gives them to this person.
/// </summary>
[Authorize]
public sealed class IndexModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? NeighbourhoodId { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    public JsonElement? Setup { get; private set; }
    public List<JsonElement> Items { get; private set; } = [];
    public int Total { get; private set; }
    public string? Problem { get; private set; }

    public static readonly (string Value, string Label)[] Statuses =
    [
        ("Received", "Tiếp nhận"), ("Assigned", "Đã phân công"), ("InProgress", "Đang xử lý"), ("Resolved", "Đã giải quyết"),
        ("Verified", "Đã xác minh"), ("Rejected", "Từ chối"), ("Duplicate", "Trùng"),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Setup = await EnsureOpenAsync(services, User, ct);
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Category)) query.Add("category=" + Uri.EscapeDataString(Category));
        if (Statuses.Any(s => s.Value == Status)) query.Add("status=" + Status);
        if (!string.IsNullOrWhiteSpace(Unit)) query.Add("unit=" + Uri.EscapeDataString(Unit));
        if (NeighbourhoodId is { } n) query.Add("neighbourhoodId=" + n);
        if (Overdue) query.Add("overdue=true");
        var answer = await services.GetAsync("reports", "/reports" + (query.Count > 0 ? "?" + string.Join('&', query) : ""), ct);
        if (!answer.Succeeded) { Problem = answer.Problem; Response.StatusCode = (int)answer.Status; return; }
        Items = [.. answer.Body!.Value.Items("items")];
        Total = (int)(answer.Body.Value.Num("total") ?? 0);
    }

    /// <summary>The ward's setup in the reports service; for ward staff of a ward not yet open, opens it from the directory.</summary>
    public static async Task<JsonElement?> EnsureOpenAsync(ServiceClient services, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var setup = await services.GetAsync("reports", "/setup", ct);
        if (setup.Succeeded) return setup.Body;
        var tenant = user.FindFirst("ward_tenant")?.Value;
        if (setup.Status != HttpStatusCode.NotFound || string.IsNullOrEmpty(tenant) || user.FindFirst("ward_province")?.Value == tenant) return null;
        var ward = await services.GetAsync("directory", $"/wards/{Uri.EscapeDataString(tenant)}", ct);
        var neighbourhoods = await services.GetAsync("directory", $"/neighbourhoods?tenantCode={Uri.EscapeDataString(tenant)}", ct);
        if (!ward.Succeeded) return null;
        var list = neighbourhoods.Body is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(n => new { id = n.Str("id"), name = n.Str("name") }).ToList() : [];
        var opened = await services.SendAsync("reports", HttpMethod.Put, "/setup",
            System.Net.Http.Json.JsonContent.Create(new { name = ward.Body!.Value.Str("name"), neighbourhoods = list }), ct);
        return opened.Succeeded ? opened.Body : null;
    }
}
