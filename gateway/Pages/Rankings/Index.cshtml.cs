using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>
/// /rankings: the province's rankings, a tab per cluster (khối thi đua), and the published results; then the
/// neighbourhood rankings (khu phố, ấp) of a ward: its own staff see each one's live table here, the province lists
/// those of its wards (read only).
/// </summary>
[Authorize]
public sealed class IndexModel(ServiceClient services) : PageModel
{
    /// <summary>At most this many neighbourhood rankings have their live table on the page (the others: a link).</summary>
    public const int LiveTables = 5;

    [BindProperty(SupportsGet = true)] public string? Cluster { get; set; }
    public List<JsonElement> Definitions { get; private set; } = [];
    public List<JsonElement> Published { get; private set; } = [];
    public List<string> Clusters { get; private set; } = [];
    public List<JsonElement> NeighbourhoodDefinitions { get; private set; } = [];
    public List<JsonElement> NeighbourhoodPublished { get; private set; } = [];
    /// <summary>The live rows of the ward's own neighbourhood rankings, by definition id.</summary>
    public Dictionary<string, List<JsonElement>> LiveRows { get; } = [];
    public WardDirectory Names { get; private set; } = WardDirectory.Empty;
    public bool IsProvince => WorkRoles.IsProvinceStaff(User);
    public bool IsWardStaff => WardRoles.WardLevel.Contains(WorkRoles.RoleOf(User));
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var definitions = await services.GetAsync("rankings", "/definitions", ct);
        var published = await services.GetAsync("rankings", "/published", ct);
        if (!definitions.Succeeded) Problem = definitions.Problem;
        var all = definitions.Body is { ValueKind: JsonValueKind.Array } d ? d.EnumerateArray().ToList() : [];
        var allPublished = published.Body is { ValueKind: JsonValueKind.Array } p ? p.EnumerateArray().ToList() : [];
        static bool OfNeighbourhoods(JsonElement x) => x.Str("level") == "neighbourhoods";
        NeighbourhoodDefinitions = all.Where(OfNeighbourhoods).ToList();
        NeighbourhoodPublished = allPublished.Where(OfNeighbourhoods).ToList();
        all = all.Where(x => !OfNeighbourhoods(x)).ToList();
        Clusters = all.Select(x => x.Str("cluster")).Distinct().Order().ToList();
        Definitions = all.Where(x => Cluster is null || x.Str("cluster") == Cluster).ToList();
        Published = allPublished.Where(x => !OfNeighbourhoods(x) && (Cluster is null || x.Str("cluster") == Cluster)).ToList();

        if (NeighbourhoodDefinitions.Count == 0) return;
        Names = await WardDirectory.LoadAsync(services, ct);
        if (!IsWardStaff) return;
        Names = await Names.WithNeighbourhoodsAsync(services, User.FindFirst("ward_tenant")?.Value, ct);
        foreach (var definition in NeighbourhoodDefinitions.Take(LiveTables))
        {
            var live = await services.GetAsync("rankings", $"/definitions/{definition.Str("id")}/live", ct);
            if (live.Succeeded && live.Body is { } view) LiveRows[definition.Str("id")] = [.. view.Items("wards")];
        }
    }
}
