namespace WardPlatform.Contracts;

/// <summary>
/// A computed source a plan's target may name, how the web front labels it, the kinds of target (TargetKind names) its
/// value fits, and whether a share in "%" needs the number it is a share of (OutOf) because the feed counts.
/// </summary>
public sealed record ComputedTargetSource(string Source, string Label, IReadOnlyList<string> Kinds, bool CountsNeedOutOf = false)
{
    public string KindLabels => string.Join(" hoặc ", Kinds.Select(k => k switch
    {
        "ShareToReach" => "“Tỷ lệ cần đạt”",
        "Count" => "“Số lượng”",
        "Reduction" => "“Kéo giảm so với năm gốc”",
        _ => k,
    }));
}

/// <summary>
/// Where a target's values come from: typed in (<see cref="Manual"/>) or computed by a feed of the targets service
/// ("Computed:&lt;feed&gt;"). These are the sources other services may name; the targets service's feed registry stays
/// the truth of what feeds exist (a test holds that each source here has one).
/// </summary>
public static class ComputedTargetSources
{
    public const string Manual = "Manual";
    public const string Prefix = "Computed:";

    public const string CascadePlansFeed = "cascade-plans";
    public const string CascadePlans = Prefix + CascadePlansFeed;

    public const string ReportsOnTimeFeed = "reports-on-time";
    public const string ReportsOnTime = Prefix + ReportsOnTimeFeed;

    public const string VerifiedIncidentsFeed = "verified-incidents";
    public const string VerifiedIncidents = Prefix + VerifiedIncidentsFeed;

    public static readonly IReadOnlyList<ComputedTargetSource> All =
    [
        new(CascadePlans, "Tự động: tỷ lệ/số xã, phường ban hành kế hoạch cụ thể hóa", ["ShareToReach", "Count"], CountsNeedOutOf: true),
        new(ReportsOnTime, "Tự động: tỷ lệ phản ánh, kiến nghị giải quyết đúng hạn", ["ShareToReach"]),
        new(VerifiedIncidents, "Tự động: số vụ vi phạm đã xác minh qua phản ánh (so với năm gốc)", ["Reduction", "Count"]),
    ];

    public static bool IsComputed(string? source) => source?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The feed's name after "Computed:", or null for a source that is not computed.</summary>
    public static string? FeedNameOf(string? source) => IsComputed(source) ? source![Prefix.Length..] : null;

    public static ComputedTargetSource? Find(string? source) => All.FirstOrDefault(s => s.Source == source);
}
