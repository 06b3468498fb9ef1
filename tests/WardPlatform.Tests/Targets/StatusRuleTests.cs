using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Tests.Targets;

/// <summary>The status rule of docs/targets-status.md, kind by kind, on a fixed date (no host, no database).</summary>
public sealed class StatusRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 1), End = new(2026, 12, 31);
    // 181 of 364 days gone: the straight line expects about half the threshold.
    private static readonly DateOnly MidYear = new(2026, 7, 1);

    private static Target Target(TargetKind kind, decimal value, string unit, decimal? upper = null, decimal? baseline = null,
        int? outOf = null, List<TargetStage>? stages = null, List<TargetShare>? split = null) => new()
    {
        Id = Guid.NewGuid(), TenantCode = "26068", ProvinceCode = "75", Text = "Chỉ tiêu", Kind = kind, Value = value, Unit = unit,
        UpperValue = upper, BaselineYear = 2025, BaselineValue = baseline, OutOf = outOf, Stages = stages ?? [], Split = split ?? [],
        PeriodFrom = Start, PeriodTo = End, Source = "Manual", StatusReason = "",
    };

    private static Reading On(DateOnly date, decimal value, string? unit = null) => new(date, value, unit, DateTimeOffset.UnixEpoch);

    private static StatusVerdict Evaluate(Target t, DateOnly today, params Reading[] readings) => StatusRule.Evaluate(t, readings, today);

    [Fact]
    public void A_count_that_reaches_its_threshold_is_achieved_with_the_values_in_the_reason()
    {
        var verdict = Evaluate(Target(TargetKind.Count, 10, "sáng kiến"), MidYear, On(MidYear, 10));
        Assert.Equal(TargetStatus.Achieved, verdict.Status);
        Assert.Equal("Đã đạt 10 sáng kiến (chỉ tiêu 10 sáng kiến).", verdict.Reason);
    }

    [Fact]
    public void On_track_below_the_expected_value_says_so_and_states_the_tolerance_instead_of_contradicting_itself()
    {
        // 100% by 31/12: the straight line expects about 49.73% on 01/07; at risk below 80% of it, about 39.78%.
        var share = Target(TargetKind.ShareToReach, 100, "%");
        var below = Evaluate(share, MidYear, On(MidYear, 45));
        var above = Evaluate(share, MidYear, On(MidYear, 55));
        var atRisk = Evaluate(share, MidYear, On(MidYear, 39));

        Assert.Equal(TargetStatus.OnTrack, below.Status);
        Assert.Equal("Đạt 45%, thấp hơn mức dự kiến 49,73% tại ngày 01/07/2026 nhưng chưa dưới ngưỡng có nguy cơ 39,78% (80% mức dự kiến).", below.Reason);
        Assert.Equal("Đạt 55%, không thấp hơn mức dự kiến 49,73% tại ngày 01/07/2026.", above.Reason);
        Assert.Equal(TargetStatus.AtRisk, atRisk.Status);
        Assert.Equal("Mới đạt 39%, dưới 80% mức dự kiến 49,73% tại ngày 01/07/2026 (tức dưới 39,78%).", atRisk.Reason);
    }

    [Theory]
    [InlineData(3.9, TargetStatus.AtRisk)]   // expected ≈ 4.97 at mid-year, 80% of it ≈ 3.98
    [InlineData(4.0, TargetStatus.OnTrack)]
    [InlineData(6, TargetStatus.OnTrack)]
    public void A_count_under_way_is_compared_with_80_percent_of_the_straight_line(decimal value, TargetStatus expected)
    {
        var verdict = Evaluate(Target(TargetKind.Count, 10, "sáng kiến"), MidYear, On(MidYear.AddDays(-3), value));
        Assert.Equal(expected, verdict.Status);
        Assert.Contains("01/07/2026", verdict.Reason);
    }

    [Fact]
    public void No_report_is_on_track_early_and_at_risk_once_a_quarter_of_the_period_has_gone()
    {
        var target = Target(TargetKind.ShareToReach, 95, "%");
        var early = Evaluate(target, new DateOnly(2026, 3, 1));
        var late = Evaluate(target, new DateOnly(2026, 4, 15));
        Assert.Equal(TargetStatus.OnTrack, early.Status);
        Assert.StartsWith("Chưa có báo cáo", early.Reason);
        Assert.Equal(TargetStatus.AtRisk, late.Status);
        Assert.StartsWith("Chưa có báo cáo", late.Reason);
    }

    [Fact]
    public void A_share_not_reached_when_the_period_ends_is_missed()
    {
        var target = Target(TargetKind.ShareToReach, 95, "%");
        var verdict = Evaluate(target, new DateOnly(2027, 1, 1), On(new DateOnly(2026, 12, 20), 90));
        Assert.Equal(TargetStatus.Missed, verdict.Status);
        Assert.Equal("Hết hạn 31/12/2026: mới đạt 90%, chưa đạt 95%.", verdict.Reason);
        Assert.Equal(TargetStatus.Missed, Evaluate(target, new DateOnly(2027, 1, 1)).Status);
        Assert.Equal(TargetStatus.Achieved, Evaluate(target, MidYear, On(MidYear, 96.5m)).Status);
    }

    [Fact]
    public void A_ceiling_is_held_through_the_period_and_achieved_only_at_its_end()
    {
        var target = Target(TargetKind.Ceiling, 3, "%");
        Assert.Equal(TargetStatus.OnTrack, Evaluate(target, MidYear, On(MidYear, 2.5m)).Status);
        Assert.Equal(TargetStatus.AtRisk, Evaluate(target, MidYear, On(MidYear, 3.5m)).Status);
        Assert.Equal(TargetStatus.Achieved, Evaluate(target, new DateOnly(2027, 1, 2), On(End, 2.5m)).Status);
        var missed = Evaluate(target, new DateOnly(2027, 1, 2), On(End, 3.5m));
        Assert.Equal(TargetStatus.Missed, missed.Status);
        Assert.Contains("không vượt 3%", missed.Reason);
    }

    [Fact]
    public void A_reduction_is_measured_against_the_baseline_year()
    {
        var target = Target(TargetKind.Reduction, 20, "%", baseline: 100);
        var achieved = Evaluate(target, MidYear, On(MidYear, 78));
        Assert.Equal(TargetStatus.Achieved, achieved.Status);
        Assert.Contains("mức giảm 22% so với năm 2025", achieved.Reason);
        // 7% down at mid-year against an expected ≈ 9.9%: under 80% of it.
        Assert.Equal(TargetStatus.AtRisk, Evaluate(target, MidYear, On(MidYear, 93)).Status);
        Assert.Equal(TargetStatus.OnTrack, Evaluate(target, MidYear, On(MidYear, 91)).Status);
        var noBaseline = Evaluate(Target(TargetKind.Reduction, 20, "%"), MidYear, On(MidYear, 78));
        Assert.Equal(TargetStatus.AtRisk, noBaseline.Status);
        Assert.Contains("năm 2025", noBaseline.Reason);
    }

    [Fact]
    public void A_range_must_be_inside_its_bounds()
    {
        var target = Target(TargetKind.Range, 70, "%", upper: 75);
        Assert.Equal(TargetStatus.OnTrack, Evaluate(target, MidYear, On(MidYear, 72)).Status);
        Assert.Equal(TargetStatus.AtRisk, Evaluate(target, MidYear, On(MidYear, 80)).Status);
        Assert.Equal(TargetStatus.OnTrack, Evaluate(target, MidYear, On(MidYear, 40)).Status); // climbing, above 80% of 35
        Assert.Equal(TargetStatus.Achieved, Evaluate(target, new DateOnly(2027, 1, 1), On(End, 74)).Status);
        Assert.Equal(TargetStatus.Missed, Evaluate(target, new DateOnly(2027, 1, 1), On(End, 76)).Status);
    }

    [Fact]
    public void Staged_thresholds_are_each_judged_by_their_due_date()
    {
        var stages = new List<TargetStage> { new(95, new DateOnly(2026, 11, 30)), new(100, End) };
        var target = Target(TargetKind.Staged, 100, "%", stages: stages);
        var december = new DateOnly(2026, 12, 5);

        var onTrack = Evaluate(target, december, On(new DateOnly(2026, 11, 20), 96));
        Assert.Equal(TargetStatus.OnTrack, onTrack.Status);
        Assert.StartsWith("Mốc 31/12/2026", onTrack.Reason);

        var missed = Evaluate(target, december, On(new DateOnly(2026, 11, 25), 90), On(new DateOnly(2026, 12, 3), 99));
        Assert.Equal(TargetStatus.Missed, missed.Status);
        Assert.Equal("Mốc 30/11/2026: mới đạt 90%, chưa đạt 95%.", missed.Reason);

        Assert.Equal(TargetStatus.Achieved,
            Evaluate(target, december, On(new DateOnly(2026, 11, 20), 96), On(december, 100)).Status);
    }

    [Fact]
    public void A_split_count_is_as_good_as_its_worst_unit()
    {
        var split = new List<TargetShare> { new("Trung tâm", 3), new("Văn phòng", 2), new("VH-XH", 3), new("KT-HT-ĐT", 2) };
        var target = Target(TargetKind.SplitCount, 10, "sáng kiến", split: split);
        Reading[] allMet = [On(MidYear, 3, "Trung tâm"), On(MidYear, 2, "Văn phòng"), On(MidYear, 3, "VH-XH"), On(MidYear, 2, "KT-HT-ĐT")];
        Assert.Equal(TargetStatus.Achieved, StatusRule.Evaluate(target, allMet, MidYear).Status);

        var oneSilent = StatusRule.Evaluate(target, allMet[..3], MidYear);
        Assert.Equal(TargetStatus.AtRisk, oneSilent.Status);
        Assert.StartsWith("KT-HT-ĐT: Chưa có báo cáo", oneSilent.Reason);

        var ended = StatusRule.Evaluate(target, allMet[..3], new DateOnly(2027, 1, 1));
        Assert.Equal(TargetStatus.Missed, ended.Status);
        Assert.DoesNotContain("Trung tâm", ended.Reason);
    }

    [Fact]
    public void A_rank_must_be_at_or_above_its_place()
    {
        var target = Target(TargetKind.Rank, 5, "hạng", outOf: 95);
        var onTrack = Evaluate(target, MidYear, On(MidYear, 3));
        Assert.Equal(TargetStatus.OnTrack, onTrack.Status);
        Assert.Contains("trong tốp 5 trên 95", onTrack.Reason);
        Assert.Equal(TargetStatus.AtRisk, Evaluate(target, MidYear, On(MidYear, 8)).Status);
        Assert.Equal(TargetStatus.Achieved, StatusRule.Evaluate(target, [On(MidYear, 3)], MidYear, settle: true).Status);
        Assert.Equal(TargetStatus.Missed, StatusRule.Evaluate(target, [On(MidYear, 8)], MidYear, settle: true).Status);
    }

    [Fact]
    public void Closing_the_plan_settles_a_target_not_yet_met_as_missed_even_before_its_end()
    {
        var target = Target(TargetKind.Count, 10, "sáng kiến");
        Assert.Equal(TargetStatus.Missed, StatusRule.Evaluate(target, [On(MidYear, 9)], MidYear, settle: true).Status);
        Assert.Equal(TargetStatus.Achieved, StatusRule.Evaluate(target, [On(MidYear, 11)], MidYear, settle: true).Status);
    }

    [Fact]
    public void The_latest_report_by_date_counts_not_the_last_one_filed()
    {
        var target = Target(TargetKind.Count, 10, "sáng kiến");
        var verdict = StatusRule.Evaluate(target,
            [new Reading(MidYear, 10, null, DateTimeOffset.UnixEpoch), new Reading(MidYear.AddDays(-30), 2, null, DateTimeOffset.UnixEpoch.AddDays(1))],
            MidYear);
        Assert.Equal(TargetStatus.Achieved, verdict.Status);
    }
}
