using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>/rankings: the province's rankings, a tab per cluster (khối thi đua), and the published results.</summary>
[Authorize]
public sealed class IndexModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Cluster { get; set; }
    public List<JsonElement> Definitions { get; private set; } = [];
    public List<JsonElement> Published { get; private set; } = [];
    public List<string> Clusters { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var definitions = await services.GetAsync("rankings", "/definitions", ct);
        var published = await services.GetAsync("rankings", "/published", ct);
        if (!definitions.Succeeded) Problem = definitions.Problem;
        var all = definitions.Body is { ValueKind: JsonValueKind.Array } d ? d.EnumerateArray().ToList() : [];
        Clusters = all.Select(x => x.Str("cluster")).Distinct().Order().ToList();
        Definitions = all.Where(x => Cluster is null || x.Str("cluster") == Cluster).ToList();
        Published = (published.Body is { ValueKind: JsonValueKind.Array } p ? p.EnumerateArray() : [])
            .Where(x => Cluster is null || x.Str("cluster") == Cluster).ToList();
    }
}
