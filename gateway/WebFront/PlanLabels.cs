using WardPlatform.Contracts;

namespace WardPlatform.Gateway.WebFront;

/// <summary>The plans' and targets' words as the web front shows them (the services send enum names).</summary>
public static class PlanLabels
{
    public static readonly (string Value, string Label)[] Statuses =
    [
        ("Draft", "Dự thảo"), ("Issued", "Đã ban hành"), ("InProgress", "Đang thực hiện"),
        ("MidTermReviewed", "Đã sơ kết"), ("FinalReview", "Đang tổng kết"), ("Closed", "Đã kết thúc"),
    ];

    public static readonly (string Value, string Label)[] TargetKinds =
    [
        ("ShareToReach", "Tỷ lệ cần đạt"), ("Ceiling", "Mức trần"), ("Reduction", "Kéo giảm so với năm gốc"),
        ("Count", "Số lượng"), ("SplitCount", "Số lượng phân theo đơn vị"), ("Range", "Khoảng"),
        ("Staged", "Theo mốc"), ("Rank", "Thứ hạng"),
    ];

    /// <summary>"Nguồn số liệu" of a target: typed in by hand (blank value), or one of the computed sources the platform has.</summary>
    public static readonly (string Value, string Label)[] TargetSources =
        [("", "Nhập tay"), .. ComputedTargetSources.All.Select(s => (s.Source, s.Label))];

    /// <summary>A target's source as the review form's choice: blank for "Manual" or none.</summary>
    public static string SourceChoice(string? source) => source is null or ComputedTargetSources.Manual ? "" : source;

    /// <summary>A computed target's label ("Tự động: …"), null for one typed in by hand.</summary>
    public static string? ComputedSource(string? source) =>
        ComputedTargetSources.IsComputed(source) ? ComputedTargetSources.Find(source)?.Label ?? "Tự động" : null;

    /// <summary>The lifecycle's next move from a status: the endpoint's verb and the button's label.</summary>
    public static (string Action, string Label)? NextMove(string? status) => status switch
    {
        "Draft" => ("issue", "Ban hành"),
        "Issued" => ("start", "Bắt đầu thực hiện"),
        "InProgress" => ("midterm-review", "Sơ kết"),
        "MidTermReviewed" => ("final-review", "Tổng kết"),
        "FinalReview" => ("close", "Kết thúc"),
        _ => null,
    };

    public static bool IsMove(string action) => action is "issue" or "start" or "midterm-review" or "final-review" or "close";

    public static string Status(string? status) => Statuses.FirstOrDefault(s => s.Value == status).Label ?? status ?? "";

    public static string TargetKind(string? kind) => TargetKinds.FirstOrDefault(k => k.Value == kind).Label ?? kind ?? "";

    /// <summary>The colour class of a target status: đạt green, đúng tiến độ blue, có nguy cơ amber, không đạt red.</summary>
    public static string StatusClass(string? status) => status switch
    {
        "Achieved" => "st st-achieved",
        "OnTrack" => "st st-on-track",
        "AtRisk" => "st st-at-risk",
        "Missed" => "st st-missed",
        _ => "st",
    };
}
