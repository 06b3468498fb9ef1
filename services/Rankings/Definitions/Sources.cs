namespace WardPlatform.Rankings.Definitions;

/// <summary>
/// Where a criterion's value comes from: <c>target:{provinceTargetId}</c> (the ward target linked to that province
/// target), <c>metric:{name}[:{parameter}]</c> (computed for every ward from the facts), <c>entered:{key}</c>
/// (entered by the province per ward and year).
/// </summary>
public sealed record SourceRef(string Kind, string Name, string? Parameter)
{
    public const string Target = "target";
    public const string Metric = "metric";
    public const string Entered = "entered";

    public Guid? TargetId => Kind == Target && Guid.TryParse(Name, out var id) ? id : null;

    public static SourceRef? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().Split(':', 3);
        if (parts.Length < 2 || parts[1].Length == 0) return null;
        return parts[0] switch
        {
            Target when parts.Length == 2 && Guid.TryParse(parts[1], out _) => new(Target, parts[1].ToLowerInvariant(), null),
            Metric when Metrics.All.ContainsKey(parts[1]) => new(Metric, parts[1], parts.Length == 3 ? parts[2] : null),
            Entered when parts.Length == 2 && EnteredKeys.IsValid(parts[1]) => new(Entered, parts[1], null),
            _ => null,
        };
    }
}

public static class Metrics
{
    public const string TargetsAchieved = "targets-achieved";
    public const string PlanCascaded = "plan-cascaded";
    public const string ReportsOnTime = "reports-on-time";
    public const string Incidents = "incidents";
    public const string RelapseRate = "relapse-rate";
    public const string Commendations = "commendations";

    /// <summary>Each computed metric with its Vietnamese label.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [TargetsAchieved] = "Tỷ lệ chỉ tiêu đạt (%)",
        [PlanCascaded] = "Ban hành kế hoạch triển khai kế hoạch của tỉnh (100 = đã ban hành trong kỳ)",
        [ReportsOnTime] = "Tỷ lệ phản ánh giải quyết đúng hạn (%)",
        [Incidents] = "Số vụ việc đã xác minh (so với năm gốc, %, khi nêu năm gốc)",
        [RelapseRate] = "Tỷ lệ tái phạm, tái lấn chiếm (%)",
        [Commendations] = "Số danh hiệu, hình thức khen thưởng",
    };
}

public static class EnteredKeys
{
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= 50 && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
