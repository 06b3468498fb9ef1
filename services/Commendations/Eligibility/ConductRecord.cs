using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Eligibility;

/// <summary>
/// What the ward administrator records against a person or collective: a disciplinary measure, a pending inspection or
/// a complaint being handled, with its period. Any of them overlapping a round's period blocks a nomination
/// (Nghị định 152/2025, Điều 4).
/// </summary>
public sealed class ConductRecord : ITenantOwned
{
    public Guid Id { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string SubjectName { get; init; }
    public string? SubjectId { get; init; }
    /// <summary>"discipline", "inspection" or "complaint".</summary>
    public required string Kind { get; init; }
    /// <summary>The measure or matter ("khiển trách", "thanh tra việc …").</summary>
    public required string Detail { get; init; }
    public DateOnly From { get; init; }
    /// <summary>Null while still open (a pending inspection).</summary>
    public DateOnly? To { get; init; }
    public string SubjectFolded { get; init; } = "";
    public DateTimeOffset RecordedAt { get; init; }

    public static string Label(string kind) => kind switch
    {
        "discipline" => "Kỷ luật",
        "inspection" => "Đang thanh tra, kiểm tra",
        "complaint" => "Đang giải quyết khiếu nại, tố cáo",
        _ => kind,
    };
}
