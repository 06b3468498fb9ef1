using System.Text.Json;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>How the ranking pages word what the rankings service returns.</summary>
public static class RankingLabels
{
    public static string Rank(JsonElement row) => row.Str("rank") is { Length: > 0 } r ? r : "Chưa xếp hạng";

    /// <summary>▲ climbed, ▼ fell (places), "—" unchanged; empty when the ward was not ranked last period.</summary>
    public static string RankChange(JsonElement row) => row.Num("rankChange") switch
    {
        > 0 and var up => $"▲ {up:0}",
        < 0 and var down => $"▼ {-down:0}",
        0 => "—",
        _ => "",
    };

    public static string ScoreChange(JsonElement row) => row.Num("scoreChange") switch
    {
        > 0 and var up => "+" + JsonValues.Show(up),
        { } other => JsonValues.Show(other),
        null => "",
    };

    /// <summary>A simulated rank band: "hạng 2–3 (trung vị 2)", or "luôn hạng 1".</summary>
    public static string Uncertainty(JsonElement band) =>
        band.Str("p5") == band.Str("p95") ? $"luôn hạng {band.Str("p5")}" : $"hạng {band.Str("p5")}–{band.Str("p95")} (trung vị {band.Str("median")})";

    public static string State(string state) => state switch
    {
        "NotApplicable" => "Không áp dụng",
        "NotReported" => "Không báo cáo đúng hạn",
        _ => "",
    };

    /// <summary>A source record as a link the person can follow, or plain words.</summary>
    public static (string Text, string? Href) Source(JsonElement source) => source.Str("kind") switch
    {
        "target" => ("Chỉ tiêu của xã, phường", $"/targets/{source.Str("id")}"),
        "progress" => ("Báo cáo tiến độ", null),
        "plan" => source.Str("id") == "none" ? ("Chưa ban hành kế hoạch", null) : ("Kế hoạch triển khai", $"/plans/{source.Str("id")}"),
        "decision" => ($"Quyết định khen thưởng {source.Str("id")}", null),
        "reports" => ($"Phản ánh đúng hạn/đã giải quyết: {source.Str("id")}", null),
        "incidents" => ($"Vụ việc đã xác minh: {source.Str("id")}", null),
        "relapses" => ($"Tái phạm/vụ việc: {source.Str("id")}", null),
        "targets" => ($"Chỉ tiêu đạt/tổng số: {source.Str("id")}", null),
        var other => ($"{other}: {source.Str("id")}", null),
    };
}
