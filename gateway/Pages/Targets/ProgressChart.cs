using System.Globalization;
using System.Text.Json;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Targets;

/// <summary>
/// The progress chart drawn on the server as an inline SVG (the CSP allows no inline script or style): one polyline
/// per series (a split target has one per unit), the threshold as a dashed line, the level the status rule expects as a
/// dotted one, across the target's whole period, dates dd/MM along the bottom.
/// For a rank, where a lower number is better, the axis is upside down: 1st place at the top.
/// </summary>
public sealed class ProgressChart
{
    public const int Width = 640, Height = 260, Left = 48, Right = 16, Top = 16, Bottom = 36;

    public sealed record Point(double X, double Y, string Label, string Value);
    public sealed record Line(string? Unit, string Points, IReadOnlyList<Point> Dots);
    public sealed record Tick(double At, string Label);

    public IReadOnlyList<Line> Lines { get; private init; } = [];
    public double? ThresholdY { get; private init; }
    public string ThresholdLabel { get; private init; } = "";
    public IReadOnlyList<Tick> XTicks { get; private init; } = [];
    public IReadOnlyList<Tick> YTicks { get; private init; } = [];
    public bool IsEmpty => Lines.Count == 0;

    public bool LowerIsBetter { get; private init; }

    /// <summary>The expected path's points ("x,y …"), dashed; empty when the rule has none for the kind.</summary>
    public string ExpectedPoints { get; private init; } = "";

    /// <param name="period">The target's period: the axis spans it (and any report outside it), so the chart shows how far along the target is.</param>
    /// <param name="expected">The level the status rule expects over the period, from the targets service.</param>
    public static ProgressChart Of(JsonElement series, decimal? threshold, string thresholdLabel, bool lowerIsBetter = false,
        (DateOnly From, DateOnly To)? period = null, JsonElement expected = default)
    {
        var points = Points(series);
        if (points.Count == 0) return new ProgressChart();
        var path = Points(expected);

        var dates = points.Select(p => p.Date).Concat(path.Select(p => p.Date)).ToList();
        if (period is { } span0) dates.AddRange([span0.From, span0.To]);
        var first = dates.Min().DayNumber;
        var last = dates.Max().DayNumber;
        var span = Math.Max(1, last - first);
        var top = Math.Max(Math.Max(points.Max(p => p.Value), (double)(threshold ?? 0)), path.Count > 0 ? path.Max(p => p.Value) : 0);
        top = top <= 0 ? 1 : top * 1.1;
        double X(DateOnly d) => first == last ? Left + (Width - Left - Right) / 2.0 : Left + (d.DayNumber - first) * (double)(Width - Left - Right) / span;
        double Y(double v) => Top + (Height - Top - Bottom) * (lowerIsBetter ? v / top : 1 - v / top);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var lines = points.GroupBy(p => p.Unit).Select(g =>
        {
            var dots = g.Select(p => new Point(X(p.Date), Y(p.Value), p.Date.ToString("dd/MM", CultureInfo.InvariantCulture), JsonValues.Show((decimal)p.Value))).ToList();
            return new Line(g.Key == "" ? null : g.Key, string.Join(' ', dots.Select(d => $"{F(d.X)},{F(d.Y)}")), dots);
        }).ToList();
        // The period's two ends and the report dates between them, at most about eight labels.
        var reported = points.Select(p => p.Date).Distinct().ToList();
        var step = Math.Max(1, (int)Math.Ceiling(reported.Count / 6.0));
        var ticks = new[] { dates.Min() }.Concat(reported.Where((_, i) => i % step == 0)).Append(dates.Max()).Distinct()
            .Where(d => !(d != dates.Min() && d != dates.Max() && (Math.Abs(d.DayNumber - first) < span / 12.0 || Math.Abs(last - d.DayNumber) < span / 12.0)))
            .ToList();
        return new ProgressChart
        {
            Lines = lines,
            LowerIsBetter = lowerIsBetter,
            ThresholdY = threshold is { } t ? Y((double)t) : null,
            ThresholdLabel = thresholdLabel,
            ExpectedPoints = string.Join(' ', path.Select(p => $"{F(X(p.Date))},{F(Y(p.Value))}")),
            XTicks = ticks.Select(d => new Tick(X(d), d.ToString("dd/MM", CultureInfo.InvariantCulture))).ToList(),
            YTicks = Enumerable.Range(0, 5).Select(i => top * i / 4).Select(v => new Tick(Y(v), JsonValues.Show((decimal)Math.Round(v, 1)))).ToList(),
        };
    }

    private static List<(DateOnly Date, double Value, string Unit)> Points(JsonElement series) =>
        series.ValueKind == JsonValueKind.Array
            ? series.EnumerateArray().Select(p => (Date: DateOnly.Parse(p.Str("date"), CultureInfo.InvariantCulture), Value: (double)(p.Num("value") ?? 0), Unit: p.Str("unit")))
                .OrderBy(p => p.Date).ToList()
            : [];

    public static string Fmt(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
