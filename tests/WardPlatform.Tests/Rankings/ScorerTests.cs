using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Explanation;
using WardPlatform.Rankings.Scoring;

namespace WardPlatform.Tests.Rankings;

/// <summary>
/// The method worked by hand on six wards (docs/rankings.md shows the arithmetic): distance to target, a tie at the
/// displayed precision (1, 2, 2, 4), a criterion not applicable, a value not reported, the bonus cap, a ward
/// "chưa xếp hạng" under 80% coverage.
/// </summary>
public sealed class ScorerTests
{
    internal static readonly MethodSpec Method = new(100, Normalisations.DistanceToTarget, 5, 80, 2,
    [
        new("c1", "Thực hiện chỉ tiêu", null, "Tỷ lệ chỉ tiêu đạt", 40, "metric:targets-achieved", Directions.Higher, 0, 100),
        new("c2", "Phản ánh, kiến nghị", null, "Giải quyết đúng hạn", 15, "metric:reports-on-time", Directions.Higher, 50, 100),
        new("c3", "Trật tự đô thị", null, "Tỷ lệ tái lấn chiếm", 25, "metric:relapse-rate", Directions.Lower, 20, 0),
        new("c4", "Cải cách hành chính", null, "Chỉ số PAR Index", 20, "entered:par-index", Directions.Higher, 50, 100),
    ], MethodSpec.DefaultBands);

    private static CriterionInput V(string code, decimal value) => new(code, InputState.Value, value, $"rec:{code}");
    private static CriterionInput NA(string code) => new(code, InputState.NotApplicable, null, null);

    internal static readonly IReadOnlyList<WardInput> SixWards =
    [
        new("00001", [V("c1", 100), V("c2", 100), V("c3", 0), V("c4", 80)],
            [new(3, "Mô hình tiêu biểu", "QĐ 12/QĐ-UBND"), new(4, "Sáng kiến cấp tỉnh", "QĐ 15/QĐ-UBND")]),
        new("00002", [V("c1", 90), V("c2", 80), V("c3", 8), V("c4", 100)], []),
        new("00003", [V("c1", 80), NA("c2"), V("c3", 4), V("c4", 90.001m)], []),
        new("00004", [V("c1", 70), V("c2", 70), V("c3", 10), V("c4", 75)],
            [new(2, "Khen thưởng đột xuất", "QĐ 20/QĐ-UBND"), new(-1, "Chậm báo cáo", "CV 31/UBND")]),
        // c4 not reported by the deadline: 0 of its 20 points, still counted in the maximum.
        new("00005", [V("c1", 100), V("c2", 90), V("c3", 0)], []),
        new("00006", [NA("c1"), NA("c2"), V("c3", 0), V("c4", 100)], []),
    ];

    [Fact]
    public void Six_wards_score_rank_and_band_exactly_as_worked_by_hand()
    {
        var result = Scorer.Score(Method, SixWards);

        Assert.Equal(
        [
            ("00001", 97.00m, (int?)1, "A", 100m),   // 40 + 15 + 25 + 12 = 92, bonus 7 capped at 5
            ("00002", 80.00m, 2, "B", 100m),          // 36 + 9 + 15 + 20
            ("00003", 80.00m, 2, "B", 85m),           // (32 + 20 + 16.0004) / 85 × 100 = 80.0005 → 80.00: tied
            ("00005", 77.00m, 4, "C", 100m),          // 40 + 12 + 25 + 0 (not reported)
            ("00004", 57.50m, 5, "D", 100m),          // 28 + 6 + 12.5 + 10 = 56.5, +2 −1
            ("00006", 100.00m, null, null, 45m),      // 45/45, but 45% applicable: chưa xếp hạng
        ], result.Wards.Select(w => (w.Ward, w.Score, w.Rank, w.Band, w.CoveragePercent)).ToList());

        var third = result.Wards.Single(w => w.Ward == "00003");
        Assert.Equal([32m, 0m, 20m, 16.00m], third.Criteria.Select(c => c.Points));
        Assert.Equal([40m, 0m, 25m, 20m], third.Criteria.Select(c => c.MaxPoints));
        var fifth = result.Wards.Single(w => w.Ward == "00005").Criteria.Single(c => c.Code == "c4");
        Assert.Equal((InputState.NotReported, 0m, 20m), (fifth.State, fifth.Points, fifth.MaxPoints));
        var first = result.Wards[0];
        Assert.Equal((5m, 0m), (first.Bonus, first.Penalty));
        Assert.False(result.Wards[^1].Ranked);
    }

    [Fact]
    public void Scoring_is_a_pure_function_of_method_and_inputs()
    {
        var once = Publishing(Scorer.Score(Method, SixWards));
        var shuffled = SixWards.Reverse().ToList();
        Assert.Equal(once, Publishing(Scorer.Score(Method, shuffled)));
        Assert.Equal(once, Publishing(Scorer.Score(Method, SixWards)));
    }

    private static string Publishing(RankingResult result) => WardPlatform.Rankings.Publishing.RankingJson.Of(result);

    [Fact]
    public void Min_max_scores_against_the_ranked_wards_and_reverses_for_lower_is_better()
    {
        var method = Method with { Normalisation = Normalisations.MinMax };
        var result = Scorer.Score(method, SixWards);
        var second = result.Wards.Single(w => w.Ward == "00002").Criteria;
        // c1 values 70..100: 90 → 2/3 of 40; c3 values 0..10 (lower better): 8 → 0.2 of 25.
        Assert.Equal(26.67m, second.Single(c => c.Code == "c1").Points);
        Assert.Equal(5m, second.Single(c => c.Code == "c3").Points);
    }

    [Fact]
    public void The_explanation_gives_points_against_the_leader_and_the_ward_above_and_the_gaps()
    {
        var result = Scorer.Score(Method, SixWards);
        var why = Explainer.Explain(Method, result, "00005", null, null, null)!;

        Assert.Equal(("00001", "00003"), (why.Leader, why.Above));
        Assert.Equal(3m, why.GapToNextRank);
        Assert.Equal(("B", 3m), (why.NextBand, why.GapToNextBand));
        var c4 = why.Criteria.Single(c => c.Code == "c4");
        Assert.Equal((0m, 12m, 16.00m), (c4.Points, c4.LeaderPoints!.Value, c4.AbovePoints!.Value));
    }

    [Fact]
    public void Simulation_with_a_fixed_seed_gives_the_same_bands_and_marks_the_tied_wards()
    {
        var result = Scorer.Score(Method, SixWards);
        var bands = Simulation.Run(Method, SixWards, result);
        Assert.Equal(RankingJsonOf(bands), RankingJsonOf(Simulation.Run(Method, SixWards, result)));

        Assert.Equal(["00001", "00002", "00003", "00005", "00004"], bands.Select(b => b.Ward));
        Assert.Equal((1, 1, 1), (bands[0].Median, bands[0].P5, bands[0].P95));
        Assert.Contains("00003", bands[1].TiedWith);
        Assert.Contains("00002", bands[2].TiedWith);
        Assert.Equal((5, 5), (bands[4].P5, bands[4].P95));
        Assert.Empty(bands[4].TiedWith);
    }

    private static string RankingJsonOf(object value) => WardPlatform.Rankings.Publishing.RankingJson.Of(value);
}
