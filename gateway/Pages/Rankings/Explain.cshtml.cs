using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>
/// /rankings/{live|published}/{id}/wards/{ward}: why the ward has its rank, point by point against the leader and the
/// ward above, the gaps, the change against last period, each value linked to its source; its rank over the periods.
/// </summary>
[Authorize]
public sealed class ExplainModel(ServiceClient services) : PageModel
{
    public const int HistoryPeriods = 8;

    public string Source { get; private set; } = "live";
    public Guid Id { get; private set; }
    public JsonElement Explanation { get; private set; }
    public WardDirectory Names { get; private set; } = WardDirectory.Empty;
    public RankHistoryChart History { get; private set; } = RankHistoryChart.Of([]);
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string source, Guid id, string ward, CancellationToken ct)
    {
        if (source is not ("live" or "published")) return NotFound();
        (Source, Id) = (source, id);
        var path = source == "live" ? $"/definitions/{id}/wards/{Uri.EscapeDataString(ward)}/explanation" : $"/published/{id}/wards/{Uri.EscapeDataString(ward)}/explanation";
        var answer = await services.GetAsync("rankings", path, ct);
        if (!answer.Succeeded)
        {
            Problem = answer.Status == HttpStatusCode.NotFound ? "Không có kết quả xếp hạng của đơn vị này, hoặc bạn không được xem." : answer.Problem;
            Response.StatusCode = (int)answer.Status;
            return Page();
        }
        Explanation = answer.Body!.Value;
        Names = await WardDirectory.LoadAsync(services, ct);
        // A neighbourhood ranking's unit is the neighbourhood's id: its name (and the leader's, the one above) from the directory.
        if (Guid.TryParse(ward, out _)) Names = await Names.WithNeighbourhoodsAsync(services, null, ct);
        History = RankHistoryChart.Of(await HistoryAsync(ward, ct));
        return Page();
    }

    // The ward's official rank in each of the latest published rankings, oldest first.
    private async Task<List<(string Period, int Rank)>> HistoryAsync(string ward, CancellationToken ct)
    {
        var list = await services.GetAsync("rankings", "/published", ct);
        if (list.Body is not { ValueKind: JsonValueKind.Array } published) return [];
        var history = new List<(string, int)>();
        foreach (var p in published.EnumerateArray().Take(HistoryPeriods).Reverse())
        {
            var table = await services.GetAsync("rankings", $"/published/{p.Str("id")}", ct);
            var row = table.Body?.Items("wards").FirstOrDefault(w => w.Str("ward") == ward);
            if (row?.Num("rank") is { } rank) history.Add(($"{VietnamDates.Show(p, "periodEnd")} (v{p.Str("version")})", (int)rank));
        }
        return history;
    }
}
