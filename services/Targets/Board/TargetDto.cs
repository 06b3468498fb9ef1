using WardPlatform.Http;
using WardPlatform.Targets.Progress;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Board;

public sealed record TargetDto(
    Guid Id, Guid PlanId, string TenantCode, string Text, string Kind, string KindLabel, decimal Value, string Unit,
    string Threshold, decimal? UpperValue, int? BaselineYear, decimal? BaselineValue, int? OutOf,
    IReadOnlyList<TargetStage> Stages, IReadOnlyList<TargetShare> Split, string? ThemeNumber, string? OwnerUnit,
    string? OwnerPerson, DateOnly PeriodFrom, DateOnly PeriodTo, string Source, string Status, string StatusLabel,
    string StatusReason, decimal? LatestValue, DateOnly? LatestReportedOn, int ReportCount, bool Settled, IReadOnlyList<string> ReportCategories)
{
    public static TargetDto From(Target t) => new(
        t.Id, t.PlanId, t.TenantCode, t.Text, t.Kind.ToString(), TargetKinds.Label(t.Kind), t.Value, t.Unit, ThresholdOf(t),
        t.UpperValue, t.BaselineYear, t.BaselineValue, t.OutOf, t.Stages, t.Split, t.ThemeNumber, t.OwnerUnit, t.OwnerPerson,
        t.PeriodFrom, t.PeriodTo, t.Source, t.Status.ToString(), TargetStatuses.Label(t.Status), t.StatusReason,
        t.LatestValue, t.LatestReportedOn, t.ReportCount, t.Settled, t.ReportCategories);

    /// <summary>The threshold as a ward writes it: "≥ 95%", "≤ 3%", "70% – 75%", "top 5/95"…</summary>
    public static string ThresholdOf(Target t) => t.Kind switch
    {
        TargetKind.Ceiling => "≤ " + VietnamClock.Show(t.Value, t.Unit),
        TargetKind.Reduction => $"giảm ≥ {VietnamClock.Show(t.Value, t.Unit)} so với {(t.BaselineYear is { } y ? $"năm {y}" : "năm gốc")}",
        TargetKind.Range => $"{VietnamClock.Show(t.Value, t.Unit)} – {VietnamClock.Show(t.UpperValue ?? t.Value, t.Unit)}",
        TargetKind.Rank => $"top {t.Value:0}" + (t.OutOf is { } n ? $"/{n}" : ""),
        TargetKind.Staged when t.Stages.Count > 0 =>
            string.Join("; ", t.Stages.OrderBy(s => s.Due).Select(s => $"≥ {VietnamClock.Show(s.Value, t.Unit)} trước {VietnamClock.Show(s.Due)}")),
        TargetKind.SplitCount when t.Split.Count > 0 =>
            $"≥ {VietnamClock.Show(t.Value, t.Unit)} ({string.Join(", ", t.Split.Select(s => $"{s.Unit}: {s.Value:0.##}"))})",
        _ => "≥ " + VietnamClock.Show(t.Value, t.Unit),
    };
}

public sealed record EvidenceDto(Guid Id, string FileName, string ContentType, long Size, string Url);

public sealed record ProgressDto(Guid Id, Guid TargetId, decimal Value, DateOnly ReportedOn, string? Unit, string? Note,
    string? ReportedBy, string? ReportedByName, DateTimeOffset RecordedAt, IReadOnlyList<EvidenceDto> Evidence,
    Guid? Corrects = null, SupersededDto? Superseded = null)
{
    public static ProgressDto From(ProgressReport r) => new(r.Id, r.TargetId, r.Value, r.ReportedOn, r.Unit, r.Note, r.ReportedBy,
        r.ReportedByName, r.RecordedAt,
        r.Evidence.Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.Size, $"/targets/{r.TargetId}/evidence/{e.Id}")).ToList(),
        r.Corrects,
        r.SupersededAt is { } at ? new SupersededDto(at, r.SupersededBy, r.Withdrawn, r.SupersededByName, r.SupersedeReason ?? "") : null);
}

/// <summary>A report that no longer counts: corrected (By names the new report) or withdrawn, when, by whom and why.</summary>
public sealed record SupersededDto(DateTimeOffset At, Guid? By, bool Withdrawn, string? ByName, string Reason);

/// <summary>One point of the progress chart; <see cref="Unit"/> names the series of a split target.</summary>
public sealed record SeriesPoint(DateOnly Date, decimal Value, string? Unit);

/// <param name="ExpectedPath">The level the status rule expects over the period (<see cref="Status.ExpectedPath"/>).</param>
public sealed record TargetDetailDto(TargetDto Target, string PlanNumber, string PlanTitle, IReadOnlyList<ProgressDto> History,
    IReadOnlyList<SeriesPoint> Series, IReadOnlyList<SeriesPoint> ExpectedPath);
