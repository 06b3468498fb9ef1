using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>
/// /rankings/live/{id} (the provisional ranking: province staff see every ward, ward staff their own row) and
/// /rankings/published/{id} (an official ranking, read in full by every ward): rank, ward, score, band, change,
/// coverage, the band of uncertainty, a chart of scores; publishing and the Excel export. A ward's neighbourhood
/// ranking (khu phố, ấp) is read in full by the ward's staff and published by its chairman or administrator; the
/// province reads it only.
/// </summary>
[Authorize]
public sealed class RankingModel(ServiceClient services) : PageModel
{
    public string Source { get; private set; } = "live";
    public JsonElement View { get; private set; }
    public List<JsonElement> Rows { get; private set; } = [];
    public WardDirectory Names { get; private set; } = WardDirectory.Empty;
    public ScoreChart Chart { get; private set; } = ScoreChart.Of([], 100);
    public string? Problem { get; private set; }
    public bool IsProvince => WorkRoles.IsProvinceStaff(User);
    public bool IsWardManager => WorkRoles.RoleOf(User) is WardRoles.WardChairman or WardRoles.WardAdministrator;
    /// <summary>The ward whose neighbourhoods are ranked; null for a ranking of wards.</summary>
    public string? NeighbourhoodsOf => View.ValueKind == JsonValueKind.Object && View.Obj("definition").Str("level") == "neighbourhoods"
        ? View.Obj("definition").Str("ward") : null;
    public bool MayPublish => NeighbourhoodsOf is null ? IsProvince : IsWardManager;

    public Task<IActionResult> OnGetAsync(string source, Guid id, CancellationToken ct) => LoadAsync(source, id, null, ct);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        var answer = await services.PostAsync("rankings", $"/definitions/{id}/publish", new { }, ct);
        if (answer.Succeeded) return Redirect($"/rankings/published/{answer.Body?.Str("id")}");
        return await LoadAsync("live", id, answer, ct);
    }

    public async Task<IActionResult> OnGetExcelAsync(Guid id, CancellationToken ct)
    {
        var names = await WardDirectory.LoadAsync(services, ct);
        var view = await services.GetAsync("rankings", $"/published/{id}", ct);
        if (view.Body?.Obj("definition") is { } d && d.Str("level") == "neighbourhoods") names = await names.WithNeighbourhoodsAsync(services, d.Str("ward"), ct);
        var file = await services.PostFileAsync("rankings", $"/published/{id}/workbook", new { names = names.Names }, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName ?? $"xep-hang-{id}.xlsx");
    }

    private async Task<IActionResult> LoadAsync(string source, Guid id, ServiceAnswer? failed, CancellationToken ct)
    {
        if (source is not ("live" or "published")) return NotFound();
        Source = source;
        var answer = await services.GetAsync("rankings", source == "live" ? $"/definitions/{id}/live" : $"/published/{id}", ct);
        if (!answer.Succeeded)
        {
            Problem = answer.Status == HttpStatusCode.NotFound ? "Không tìm thấy bảng xếp hạng." : answer.Problem;
            Response.StatusCode = (int)answer.Status;
            return Page();
        }
        View = answer.Body!.Value;
        Rows = [.. View.Items("wards")];
        Names = await WardDirectory.LoadAsync(services, ct);
        if (NeighbourhoodsOf is { } ward) Names = await Names.WithNeighbourhoodsAsync(services, ward, ct);
        if (source == "live" && (IsProvince || NeighbourhoodsOf is not null))
        {
            // The band of uncertainty for the live ranking: the simulation, run on request for province staff.
            var simulation = await services.GetAsync("rankings", $"/definitions/{id}/simulation", ct);
            if (simulation is { Succeeded: true, Body: { ValueKind: JsonValueKind.Array } bands }) Bands = bands.EnumerateArray().ToList();
        }
        Chart = ScoreChart.Of(Rows.Select(r => (Names.NameOf(r.Str("ward")), r.Num("score") ?? 0)).ToList(), View.Obj("definition").Num("totalPoints") ?? 100);
        if (failed is not null)
        {
            Problem = failed.Problem;
            Response.StatusCode = (int)failed.Status;
        }
        return Page();
    }

    public List<JsonElement> Bands { get; private set; } = [];

    /// <summary>The row's uncertainty: stored with a published ranking, simulated now for a live one.</summary>
    public JsonElement? BandOf(JsonElement row)
    {
        if (row.Obj("uncertainty") is { ValueKind: JsonValueKind.Object } stored) return stored;
        var band = Bands.FirstOrDefault(b => b.Str("ward") == row.Str("ward"));
        return band.ValueKind == JsonValueKind.Object ? band : null;
    }
}
