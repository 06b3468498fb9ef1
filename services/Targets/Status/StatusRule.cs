using WardPlatform.Http;
using WardPlatform.Targets.Tracking;
using static WardPlatform.Http.VietnamClock;

namespace WardPlatform.Targets.Status;

/// <summary>A value reported on a target, as the rule reads it.</summary>
public sealed record Reading(DateOnly ReportedOn, decimal Value, string? Unit, DateTimeOffset RecordedAt);

public sealed record StatusVerdict(TargetStatus Status, string Reason);

/// <summary>
/// The status rule of docs/targets-status.md: a pure function of the target, its readings and today's date
/// (or the plan's closing, which settles every target). Each verdict carries its reason in Vietnamese.
/// </summary>
public static class StatusRule
{
    /// <summary>Below this share of the straight-line expectation a target is at risk.</summary>
    public const decimal AtRiskBelow = 0.8m;
    /// <summary>With no report yet, a target is at risk once this share of its period has gone.</summary>
    public const decimal NoReportGrace = 0.25m;

    public static StatusVerdict Evaluate(Target target, IReadOnlyList<Reading> readings, DateOnly today, bool settle = false)
    {
        var context = new Context(target, today, settle);
        return target.Kind switch
        {
            TargetKind.ShareToReach or TargetKind.Count =>
                Reach(context, Latest(readings)?.Value, Latest(readings), target.Value, target.PeriodTo, v => Show(v, target.Unit)),
            TargetKind.Reduction => Reduction(context, Latest(readings)),
            TargetKind.Ceiling => Held(context, Latest(readings), v => v <= target.Value, $"không vượt {Show(target.Value, target.Unit)}"),
            TargetKind.Rank => Held(context, Latest(readings), v => v <= target.Value,
                $"trong tốp {Show(target.Value, "")}" + (target.OutOf is { } n ? $" trên {n}" : "")),
            TargetKind.Range => Range(context, Latest(readings)),
            TargetKind.Staged => Staged(context, readings),
            TargetKind.SplitCount => Split(context, readings),
            _ => new(TargetStatus.AtRisk, "Không rõ loại chỉ tiêu."),
        };
    }

    public static Reading? Latest(IEnumerable<Reading> readings) =>
        readings.OrderBy(r => r.ReportedOn).ThenBy(r => r.RecordedAt).LastOrDefault();

    private sealed record Context(Target Target, DateOnly Today, bool Settle)
    {
        public bool Ended(DateOnly due) => Settle || Today > due;
        public decimal ElapsedShare(DateOnly due)
        {
            var total = Math.Max(1, due.DayNumber - Target.PeriodFrom.DayNumber);
            var elapsed = Math.Clamp(Today.DayNumber - Target.PeriodFrom.DayNumber, 0, total);
            return (decimal)elapsed / total;
        }
    }

    /// <summary>A threshold to reach by <paramref name="due"/>: achieved once met, else compared with the straight line.</summary>
    private static StatusVerdict Reach(Context c, decimal? measured, Reading? latest, decimal threshold, DateOnly due, Func<decimal, string> show)
    {
        if (measured is { } met && met >= threshold)
            return new(TargetStatus.Achieved, $"Đã đạt {show(met)} (chỉ tiêu {show(threshold)}).");
        if (c.Ended(due))
            return new(TargetStatus.Missed, measured is { } v
                ? $"Hết hạn {Show(due)}: mới đạt {show(v)}, chưa đạt {show(threshold)}."
                : $"Hết hạn {Show(due)} mà chưa có báo cáo.");
        var share = c.ElapsedShare(due);
        if (latest is null || measured is null)
            return NoReport(share);
        // The tolerance is stated in every reason, so that "on track" below the expected value does not read as a contradiction.
        var expected = threshold * share;
        var floor = Round(AtRiskBelow * expected);
        if (measured < AtRiskBelow * expected)
            return new(TargetStatus.AtRisk,
                $"Mới đạt {show(measured.Value)}, dưới 80% mức dự kiến {show(Round(expected))} tại ngày {Show(c.Today)} (tức dưới {show(floor)}).");
        return measured >= expected
            ? new(TargetStatus.OnTrack, $"Đạt {show(measured.Value)}, không thấp hơn mức dự kiến {show(Round(expected))} tại ngày {Show(c.Today)}.")
            : new(TargetStatus.OnTrack,
                $"Đạt {show(measured.Value)}, thấp hơn mức dự kiến {show(Round(expected))} tại ngày {Show(c.Today)} nhưng chưa dưới ngưỡng có nguy cơ {show(floor)} (80% mức dự kiến).");
    }

    private static StatusVerdict NoReport(decimal elapsedShare) => elapsedShare > NoReportGrace
        ? new(TargetStatus.AtRisk, $"Chưa có báo cáo, đã qua {Percent(elapsedShare)} thời gian thực hiện.")
        : new(TargetStatus.OnTrack, $"Chưa có báo cáo (mới qua {Percent(elapsedShare)} thời gian thực hiện).");

    private static StatusVerdict Reduction(Context c, Reading? latest)
    {
        var t = c.Target;
        var year = t.BaselineYear is { } y ? $"năm {y}" : "năm gốc";
        if (latest is not null && t.BaselineValue is not > 0)
            return c.Ended(t.PeriodTo)
                ? new(TargetStatus.Missed, $"Không đánh giá được: chưa có số liệu {year} để so sánh.")
                : new(TargetStatus.AtRisk, $"Chưa có số liệu {year} để so sánh mức giảm.");
        decimal? reduction = latest is null ? null : Round((t.BaselineValue!.Value - latest.Value) / t.BaselineValue.Value * 100);
        return Reach(c, reduction, latest, t.Value, t.PeriodTo, v => $"mức giảm {Show(v, "%")} so với {year}");
    }

    /// <summary>A level to keep for the whole period: on track while kept, achieved when kept at the end.</summary>
    private static StatusVerdict Held(Context c, Reading? latest, Func<decimal, bool> meets, string rule)
    {
        var t = c.Target;
        var ended = c.Ended(t.PeriodTo);
        if (latest is null)
            return ended ? new(TargetStatus.Missed, $"Hết hạn {Show(t.PeriodTo)} mà chưa có báo cáo.") : NoReport(c.ElapsedShare(t.PeriodTo));
        var value = Show(latest.Value, t.Kind == TargetKind.Rank ? "" : t.Unit);
        var shown = t.Kind == TargetKind.Rank ? $"hạng {value}" : value;
        if (meets(latest.Value))
            return ended
                ? new(TargetStatus.Achieved, $"Kết thúc kỳ với {shown}, đạt yêu cầu {rule}.")
                : new(TargetStatus.OnTrack, $"Đang ở mức {shown}, đạt yêu cầu {rule}.");
        return ended
            ? new(TargetStatus.Missed, $"Kết thúc kỳ với {shown}, không đạt yêu cầu {rule}.")
            : new(TargetStatus.AtRisk, $"Đang ở mức {shown}, chưa đạt yêu cầu {rule}.");
    }

    private static StatusVerdict Range(Context c, Reading? latest)
    {
        var t = c.Target;
        var upper = t.UpperValue ?? decimal.MaxValue;
        var rule = $"trong khoảng {Show(t.Value, t.Unit)} – {Show(upper, t.Unit)}";
        // Below the range during the period: still climbing, judged against the straight line to the lower bound.
        if (latest is not null && latest.Value < t.Value && !c.Ended(t.PeriodTo))
            return Reach(c, latest.Value, latest, t.Value, t.PeriodTo, v => Show(v, t.Unit));
        return Held(c, latest, v => v >= t.Value && v <= upper, rule);
    }

    /// <summary>Each stage by its due date: a reading on or before the due date must meet the stage's value.</summary>
    private static StatusVerdict Staged(Context c, IReadOnlyList<Reading> readings)
    {
        var t = c.Target;
        var stages = t.Stages.OrderBy(s => s.Due).ToList();
        if (stages.Count == 0)
            return Reach(c, Latest(readings)?.Value, Latest(readings), t.Value, t.PeriodTo, v => Show(v, t.Unit));
        foreach (var stage in stages)
        {
            var met = readings.Any(r => r.ReportedOn <= stage.Due && r.Value >= stage.Value);
            if (met) continue;
            if (c.Ended(stage.Due))
            {
                var byDue = Latest(readings.Where(r => r.ReportedOn <= stage.Due));
                return new(TargetStatus.Missed, byDue is null
                    ? $"Mốc {Show(stage.Due)} ({Show(stage.Value, t.Unit)}) đã qua mà chưa có báo cáo."
                    : $"Mốc {Show(stage.Due)}: mới đạt {Show(byDue.Value, t.Unit)}, chưa đạt {Show(stage.Value, t.Unit)}.");
            }
            var latest = Latest(readings);
            var verdict = Reach(c, latest?.Value, latest, stage.Value, stage.Due, v => Show(v, t.Unit));
            return verdict with { Reason = $"Mốc {Show(stage.Due)} ({Show(stage.Value, t.Unit)}): {verdict.Reason}" };
        }
        return new(TargetStatus.Achieved, $"Đã đạt cả {stages.Count} mốc đúng hạn.");
    }

    /// <summary>Each unit against its share; the target is as good as its worst unit.</summary>
    private static StatusVerdict Split(Context c, IReadOnlyList<Reading> readings)
    {
        var t = c.Target;
        if (t.Split.Count == 0)
            return Reach(c, Latest(readings)?.Value, Latest(readings), t.Value, t.PeriodTo, v => Show(v, t.Unit));
        var units = t.Split.Select(share =>
        {
            var latest = Latest(readings.Where(r => r.Unit == share.Unit));
            return (share.Unit, Verdict: Reach(c, latest?.Value, latest, share.Value, t.PeriodTo, v => Show(v, t.Unit)));
        }).ToList();
        foreach (var worst in new[] { TargetStatus.Missed, TargetStatus.AtRisk })
        {
            var those = units.Where(u => u.Verdict.Status == worst).ToList();
            if (those.Count > 0)
                return new(worst, string.Join(" ", those.Select(u => $"{u.Unit}: {u.Verdict.Reason}")));
        }
        return units.All(u => u.Verdict.Status == TargetStatus.Achieved)
            ? new(TargetStatus.Achieved, $"Cả {units.Count} đơn vị đều đạt phần được giao.")
            : new(TargetStatus.OnTrack, $"Các đơn vị đúng tiến độ ({units.Count(u => u.Verdict.Status == TargetStatus.Achieved)}/{units.Count} đã đạt phần được giao).");
    }

    private static decimal Round(decimal value) => Math.Round(value, 2);
    private static string Percent(decimal share) => Show(Math.Round(share * 100, 0), "%");
}
