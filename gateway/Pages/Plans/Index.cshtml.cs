using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>/plans: the plans the signed-in person may see, searched without diacritics and filtered by status.</summary>
[Authorize]
public sealed class IndexModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    public List<JsonElement> Plans { get; private set; } = [];
    public ServiceAnswer? Answer { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Q)) query.Add("q=" + Uri.EscapeDataString(Q.Trim()));
        if (PlanLabels.Statuses.Any(s => s.Value == Status)) query.Add("status=" + Status);
        Answer = await services.GetAsync("plans", "/plans" + (query.Count > 0 ? "?" + string.Join('&', query) : ""), ct);
        Plans = Answer.Body is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray()] : [];
        if (!Answer.Succeeded) Response.StatusCode = (int)Answer.Status;
    }
}
