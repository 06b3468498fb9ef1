using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Commendations;

/// <summary>/commendations/queue: the appraiser's queue, earliest deadline first, each check with its reason, overdue marked.</summary>
[Authorize]
public sealed class QueueModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<JsonElement> Nominations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = string.IsNullOrWhiteSpace(Q) ? "" : "?q=" + Uri.EscapeDataString(Q.Length > 200 ? Q[..200] : Q);
        var answer = await services.GetAsync("commendations", "/nominations" + query, ct);
        Nominations = answer.Body is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().ToList() : [];
    }
}
