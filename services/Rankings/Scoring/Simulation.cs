using WardPlatform.Rankings.Definitions;

namespace WardPlatform.Rankings.Scoring;

/// <summary>A ward's rank under varied weights: the median and the 5th–95th percentile over the runs.</summary>
public sealed record RankBand(string Ward, int Rank, int Median, int P5, int P95, IReadOnlyList<string> TiedWith);

/// <summary>
/// Rank bands by simulation (OECD/JRC handbook, uncertainty analysis): each run multiplies every criterion's points
/// by a factor drawn uniformly in [1 − spread, 1 + spread], scales them back to the total, and ranks the ranked wards
/// again (shares and adjustments unchanged). A fixed seed gives the same bands every time. Two wards next to each
/// other in the official order whose 5–95 bands overlap are practically tied ("ngang nhau thực tế").
/// </summary>
public static class Simulation
{
    public const int DefaultRuns = 1000;
    public const double DefaultSpread = 0.2;
    public const int DefaultSeed = 20250701;

    public static IReadOnlyList<RankBand> Run(MethodSpec method, IReadOnlyList<WardInput> wards, RankingResult official,
        int runs = DefaultRuns, double spread = DefaultSpread, int seed = DefaultSeed)
    {
        var order = official.Wards.Where(w => w.Ranked).Select(w => w.Ward).ToList();
        var index = wards.Select((w, i) => (w.Ward, i)).ToDictionary(x => x.Ward, x => x.i);
        var all = Scorer.Fractions(method, wards);
        var shares = order.Select(w => all[index[w]].Select(f => f is { } v ? (double)v : double.NaN).ToArray()).ToArray();
        var scored = official.Wards.ToDictionary(s => s.Ward);
        var extras = order.Select(w => (double)(scored[w].Bonus - scored[w].Penalty)).ToArray();
        var points = method.Criteria.Select(c => (double)c.Points).ToArray();
        var total = (double)method.TotalPoints;

        var random = new Random(seed);
        var ranks = order.Select(_ => new int[runs]).ToArray();
        var weights = new double[points.Length];
        var scores = new double[order.Count];
        for (var run = 0; run < runs; run++)
        {
            double sum = 0;
            for (var c = 0; c < points.Length; c++) sum += weights[c] = points[c] * (1 - spread + 2 * spread * random.NextDouble());
            for (var c = 0; c < points.Length; c++) weights[c] *= total / sum;
            for (var w = 0; w < order.Count; w++)
            {
                double earned = 0, applicable = 0;
                for (var c = 0; c < points.Length; c++)
                    if (!double.IsNaN(shares[w][c])) { earned += weights[c] * shares[w][c]; applicable += weights[c]; }
                scores[w] = Math.Round((applicable == 0 ? 0 : earned / applicable * total) + extras[w], method.Precision);
            }
            for (var w = 0; w < order.Count; w++)
            {
                var above = 0;
                for (var o = 0; o < order.Count; o++) if (scores[o] > scores[w]) above++;
                ranks[w][run] = above + 1;
            }
        }

        var bands = order.Select((ward, w) =>
        {
            var sorted = ranks[w].Order().ToArray();
            return (Ward: ward, Median: Nearest(sorted, 0.5), P5: Nearest(sorted, 0.05), P95: Nearest(sorted, 0.95));
        }).ToList();
        return bands.Select((b, i) =>
        {
            var tied = new List<string>();
            if (i > 0 && Overlap(b, bands[i - 1])) tied.Add(bands[i - 1].Ward);
            if (i + 1 < bands.Count && Overlap(b, bands[i + 1])) tied.Add(bands[i + 1].Ward);
            var rank = scored[b.Ward].Rank ?? 0;
            return new RankBand(b.Ward, rank, b.Median, b.P5, b.P95, tied);
        }).ToList();
    }

    // Nearest-rank percentile: the ⌈p·n⌉-th smallest.
    private static int Nearest(int[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static bool Overlap((string Ward, int Median, int P5, int P95) a, (string Ward, int Median, int P5, int P95) b) =>
        a.P5 <= b.P95 && b.P5 <= a.P95;
}
