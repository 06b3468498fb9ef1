using System.Globalization;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>
/// A horizontal bar per ward (its score out of the maximum), or a ward's rank over periods as a line with 1st place at
/// the top; drawn on the server as SVG (the CSP allows no inline script).
/// </summary>
public sealed class ScoreChart
{
    public const int Width = 640, Left = 180, Right = 60, Bar = 18, Gap = 6, Top = 8;

    public sealed record BarItem(string Label, double Y, double Length, string Value);

    public IReadOnlyList<BarItem> Bars { get; private init; } = [];
    public int Height { get; private init; }

    public static ScoreChart Of(IReadOnlyList<(string Label, decimal Score)> rows, decimal total)
    {
        var top = (double)Math.Max(total, rows.Count > 0 ? rows.Max(r => r.Score) : total);
        var bars = rows.Select((r, i) => new BarItem(r.Label, Top + i * (Bar + Gap),
            Math.Max(0, (double)r.Score / top * (Width - Left - Right)), r.Score.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ','))).ToList();
        return new ScoreChart { Bars = bars, Height = Top * 2 + rows.Count * (Bar + Gap) };
    }

    public static string Fmt(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>A ward's rank in each published period: 1st place at the top.</summary>
public sealed class RankHistoryChart
{
    public const int Width = 640, Height = 200, Left = 40, Right = 20, Top = 16, Bottom = 32;

    public sealed record Dot(double X, double Y, string Period, int Rank);

    public IReadOnlyList<Dot> Dots { get; private init; } = [];
    public string Points => string.Join(' ', Dots.Select(d => $"{ScoreChart.Fmt(d.X)},{ScoreChart.Fmt(d.Y)}"));
    public int Worst { get; private init; }

    public static RankHistoryChart Of(IReadOnlyList<(string Period, int Rank)> history)
    {
        if (history.Count == 0) return new RankHistoryChart();
        var worst = Math.Max(2, history.Max(h => h.Rank));
        double X(int i) => history.Count == 1 ? (Left + Width - Right) / 2.0 : Left + i * (double)(Width - Left - Right) / (history.Count - 1);
        double Y(int rank) => Top + (rank - 1) * (double)(Height - Top - Bottom) / (worst - 1);
        return new RankHistoryChart { Worst = worst, Dots = history.Select((h, i) => new Dot(X(i), Y(h.Rank), h.Period, h.Rank)).ToList() };
    }
}
