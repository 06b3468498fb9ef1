using WardPlatform.Targets.Board;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Status;

/// <summary>
/// The level <see cref="StatusRule"/> expects on each day of a target's period, as the points of a line for the chart:
/// the straight line from nothing at the start to the threshold at the due date, stage by stage for a staged target
/// (each stage's line starts from the period's start, as the rule's does, so the path steps up at each due date), and
/// the reported level falling from the baseline for a reduction. Levels to keep (ceiling, rank) and targets split
/// between units have no single path: empty.
/// </summary>
public static class ExpectedPath
{
    public static IReadOnlyList<SeriesPoint> Of(Target t) => t.Kind switch
    {
        TargetKind.ShareToReach or TargetKind.Count or TargetKind.Range => Line(t.PeriodFrom, t.PeriodTo, t.Value),
        TargetKind.Staged when t.Stages.Count == 0 => Line(t.PeriodFrom, t.PeriodTo, t.Value),
        TargetKind.Staged => Staged(t),
        TargetKind.Reduction when t.BaselineValue is > 0 and var baseline =>
            [new(t.PeriodFrom, baseline, null), new(t.PeriodTo, Math.Round(baseline * (1 - t.Value / 100), 2), null)],
        _ => [],
    };

    private static List<SeriesPoint> Line(DateOnly from, DateOnly due, decimal threshold) =>
        [new(from, 0, null), new(due, threshold, null)];

    private static List<SeriesPoint> Staged(Target t)
    {
        var points = new List<SeriesPoint> { new(t.PeriodFrom, 0, null) };
        var stages = t.Stages.OrderBy(s => s.Due).ToList();
        for (var i = 0; i < stages.Count; i++)
        {
            if (i > 0)
            {
                // The day after a due date the next stage's line applies, from the period's start to its own due date.
                var total = Math.Max(1, stages[i].Due.DayNumber - t.PeriodFrom.DayNumber);
                var share = (decimal)(stages[i - 1].Due.DayNumber - t.PeriodFrom.DayNumber) / total;
                points.Add(new(stages[i - 1].Due, Math.Round(stages[i].Value * share, 2), null));
            }
            points.Add(new(stages[i].Due, stages[i].Value, null));
        }
        return points;
    }
}
