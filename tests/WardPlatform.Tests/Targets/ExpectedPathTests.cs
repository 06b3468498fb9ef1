using WardPlatform.Targets.Board;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Tests.Targets;

/// <summary>The chart's expected path is the status rule's own expectation: read off the path at a date, it is the level
/// the rule compares a report with on that date.</summary>
public sealed class ExpectedPathTests
{
    private static readonly DateOnly Start = new(2026, 1, 1), End = new(2026, 12, 31);

    private static Target Target(TargetKind kind, decimal value, List<TargetStage>? stages = null, decimal? baseline = null) => new()
    {
        Id = Guid.NewGuid(), TenantCode = "26068", ProvinceCode = "75", Text = "Chỉ tiêu", Kind = kind, Value = value, Unit = "%",
        BaselineYear = 2025, BaselineValue = baseline, Stages = stages ?? [], Split = [],
        PeriodFrom = Start, PeriodTo = End, Source = "Manual", StatusReason = "",
    };

    /// <summary>The path's level on a date (the last segment that covers it, as the path steps up at a stage's due date).</summary>
    private static decimal At(IReadOnlyList<SeriesPoint> path, DateOnly date)
    {
        for (var i = path.Count - 1; i > 0; i--)
        {
            var (a, b) = (path[i - 1], path[i]);
            if (date < a.Date || date > b.Date || a.Date == b.Date) continue;
            return a.Value + (b.Value - a.Value) * (date.DayNumber - a.Date.DayNumber) / (b.Date.DayNumber - a.Date.DayNumber);
        }
        throw new InvalidOperationException($"{date} is outside the path");
    }

    private static TargetStatus StatusWith(Target t, DateOnly date, decimal value, params Reading[] before) =>
        StatusRule.Evaluate(t, [.. before, new Reading(date, value, null, DateTimeOffset.UnixEpoch)], date).Status;

    [Theory]
    [InlineData("2026-03-15")]
    [InlineData("2026-07-01")]
    [InlineData("2026-11-20")]
    public void A_share_to_reach_is_at_risk_just_below_80_percent_of_the_path_and_on_track_at_it(string on)
    {
        var target = Target(TargetKind.ShareToReach, 90);
        var date = DateOnly.Parse(on);
        var expected = At(ExpectedPath.Of(target), date);

        Assert.Equal(TargetStatus.AtRisk, StatusWith(target, date, Math.Round(0.8m * expected, 2) - 0.05m));
        Assert.Equal(TargetStatus.OnTrack, StatusWith(target, date, Math.Round(0.8m * expected, 2) + 0.05m));
    }

    [Theory]
    [InlineData("2026-05-01")]
    [InlineData("2026-09-30")]
    public void A_staged_target_follows_the_stage_that_is_due_next(string on)
    {
        var target = Target(TargetKind.Staged, 100, [new TargetStage(30, new DateOnly(2026, 6, 30)), new TargetStage(100, End)]);
        var date = DateOnly.Parse(on);
        var path = ExpectedPath.Of(target);
        var expected = At(path, date);

        Assert.Equal(new DateOnly(2026, 6, 30), path[1].Date);
        Assert.Equal(30m, path[1].Value);
        // The first stage met on its due date, when the date is past it.
        Reading[] firstMet = date > path[1].Date ? [new Reading(path[1].Date, 30, null, DateTimeOffset.UnixEpoch)] : [];
        Assert.Equal(TargetStatus.AtRisk, StatusWith(target, date, Math.Round(0.8m * expected, 2) - 0.05m, firstMet));
        Assert.Equal(TargetStatus.OnTrack, StatusWith(target, date, Math.Round(0.8m * expected, 2) + 0.05m, firstMet));
    }

    [Fact]
    public void A_reduction_falls_from_the_baseline_to_the_reduced_level_and_a_level_to_keep_has_no_path()
    {
        var path = ExpectedPath.Of(Target(TargetKind.Reduction, 20, baseline: 50));

        Assert.Equal([50m, 40m], path.Select(p => p.Value));
        Assert.Empty(ExpectedPath.Of(Target(TargetKind.Ceiling, 5)));
        Assert.Empty(ExpectedPath.Of(Target(TargetKind.Reduction, 20)));   // no baseline yet: nothing to fall from
    }
}
