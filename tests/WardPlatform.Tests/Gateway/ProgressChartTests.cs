using System.Text.Json;
using WardPlatform.Gateway.Pages.Targets;

namespace WardPlatform.Tests.Gateway;

public sealed class ProgressChartTests
{
    private static readonly JsonElement RankSeries = JsonDocument.Parse("""
        [{ "date": "2026-03-01", "value": 12, "unit": "" }, { "date": "2026-06-01", "value": 3, "unit": "" }]
        """).RootElement;

    [Fact]
    public void A_rank_is_drawn_with_first_place_at_the_top_so_climbing_the_ranking_climbs_the_chart()
    {
        var chart = ProgressChart.Of(RankSeries, threshold: 5, "Top 5", lowerIsBetter: true);

        var (march, june) = (chart.Lines[0].Dots[0], chart.Lines[0].Dots[1]);
        Assert.True(june.Y < chart.ThresholdY && chart.ThresholdY < march.Y, $"3rd above the top-5 line above 12th: {june.Y} < {chart.ThresholdY} < {march.Y}");
        Assert.True(chart.YTicks[0].At < chart.YTicks[^1].At, "the smallest number is labelled at the top");
    }

    [Fact]
    public void An_amount_is_drawn_with_more_at_the_top()
    {
        var chart = ProgressChart.Of(RankSeries, threshold: 5, "5", lowerIsBetter: false);

        var (march, june) = (chart.Lines[0].Dots[0], chart.Lines[0].Dots[1]);
        Assert.True(march.Y < chart.ThresholdY && chart.ThresholdY < june.Y);
        Assert.False(chart.LowerIsBetter);
    }

    [Fact]
    public void The_chart_spans_the_targets_whole_period_with_the_expected_path_from_nothing_to_the_threshold()
    {
        var one = JsonDocument.Parse("""[{ "date": "2026-03-02", "value": 40, "unit": "" }]""").RootElement;
        var path = JsonDocument.Parse("""[{ "date": "2026-01-01", "value": 0 }, { "date": "2026-12-31", "value": 80 }]""").RootElement;

        var chart = ProgressChart.Of(one, threshold: 80, "80%", period: (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), expected: path);

        Assert.Equal("01/01", chart.XTicks[0].Label);
        Assert.Equal("31/12", chart.XTicks[^1].Label);
        Assert.Equal(ProgressChart.Width - ProgressChart.Right, chart.XTicks[^1].At, 3);
        // One report in early March sits near the start of the axis, not in its middle.
        Assert.InRange(chart.Lines[0].Dots[0].X, ProgressChart.Left, ProgressChart.Left + 0.2 * (ProgressChart.Width - ProgressChart.Left - ProgressChart.Right));
        var ends = chart.ExpectedPoints.Split(' ').Select(p => p.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(2, ends.Length);
        Assert.Equal((double)ProgressChart.Left, ends[0][0], 1);
        Assert.Equal(ProgressChart.Height - ProgressChart.Bottom, ends[0][1], 1);   // nothing expected on the first day
        Assert.Equal(chart.ThresholdY!.Value, ends[1][1], 1);                       // the threshold on the last
    }

    [Fact]
    public void A_kind_without_an_expected_path_draws_none()
    {
        var chart = ProgressChart.Of(RankSeries, threshold: 5, "Top 5", lowerIsBetter: true, period: (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));

        Assert.Equal("", chart.ExpectedPoints);
    }
}
