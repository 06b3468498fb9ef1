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
}
