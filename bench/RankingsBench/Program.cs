// Rankings benchmark. In process: (a) a full recompute of 3,321 wards × 50 indicators (166,050 values) against one
// pass summing the same values (the baseline); (b) the 1,000-run simulation for 95 wards against one scoring of them.
// Figures are medians of --rounds runs, printed with their ratio to the baseline of the same run. On the platform
// (LiveUnderLoad.cs, skipped with --no-platform): (c) the live ranking read at --read-rate while facts arrive at
// --event-rate, p50/p99; (d) event → visible value, p50/p99 over --samples. Each figure is printed with the load average.
// Run: bash bench/run.sh rankings [--rounds 5 --read-rate 50 --event-rate 200 --seconds 20 --samples 20 --no-platform]
using System.Diagnostics;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Scoring;

using WardPlatform.Bench;

var rounds = Arguments.Int(args, "--rounds", 5);

var method = Method(50);
var country = Wards(3321, 50, seed: 1);
var province = Wards(95, 50, seed: 2);

Console.WriteLine($"(a) full recompute: {country.Count:N0} wards × {method.Criteria.Count} indicators = {country.Count * method.Criteria.Count:N0} values");
var baseline = Median(rounds, () => { decimal s = 0; foreach (var w in country) foreach (var c in w.Criteria) s += c.Value ?? 0; GC.KeepAlive(s); });
var recompute = Median(rounds, () => GC.KeepAlive(Scorer.Score(method, country)));
Console.WriteLine($"    baseline (sum of the values): {baseline,8:0.0} ms");
Console.WriteLine($"    recompute (scores, ranks):    {recompute,8:0.0} ms   ×{recompute / baseline:0.0} the baseline   goal ≤ 1000 ms   {LiveUnderLoad.Load()}");

Console.WriteLine($"(b) simulation: {province.Count} wards, {Simulation.DefaultRuns:N0} runs, weights ±{Simulation.DefaultSpread:P0}");
var result = Scorer.Score(method, province);
var once = Median(rounds, () => GC.KeepAlive(Scorer.Score(method, province)));
var simulation = Median(rounds, () => GC.KeepAlive(Simulation.Run(method, province, result)));
Console.WriteLine($"    one scoring (baseline):       {once,8:0.0} ms");
Console.WriteLine($"    simulation:                   {simulation,8:0.0} ms   ×{simulation / once:0.0} one scoring   goal ≤ 2000 ms   {LiveUnderLoad.Load()}");

if (!args.Contains("--no-platform"))
    await LiveUnderLoad.RunAsync(95, 50, Arguments.Int(args, "--read-rate", 50), Arguments.Int(args, "--event-rate", 200),
        Arguments.Int(args, "--seconds", 20), Arguments.Int(args, "--samples", 20));

static double Median(int rounds, Action run)
{
    run(); // warm-up
    var times = Enumerable.Range(0, rounds).Select(_ => { var w = Stopwatch.StartNew(); run(); return w.Elapsed.TotalMilliseconds; }).Order().ToList();
    return times[times.Count / 2];
}

static MethodSpec Method(int criteria) => new(1000, Normalisations.DistanceToTarget, 5, 80, 2,
    Enumerable.Range(1, criteria).Select(i => new CriterionSpec($"c{i}", $"Lĩnh vực {(i - 1) / 10 + 1}", null, $"Tiêu chí {i}", 20,
        $"entered:k{i}", i % 5 == 0 ? Directions.Lower : Directions.Higher, i % 5 == 0 ? 100 : 0, i % 5 == 0 ? 0 : 100)).ToList(),
    MethodSpec.DefaultBands);

static List<WardInput> Wards(int count, int criteria, int seed)
{
    var random = new Random(seed);
    return Enumerable.Range(1, count).Select(w => new WardInput($"{w:D5}", Enumerable.Range(1, criteria).Select(c => random.Next(100) switch
    {
        < 3 => new CriterionInput($"c{c}", InputState.NotApplicable, null, null),
        < 5 => new CriterionInput($"c{c}", InputState.NotReported, null, null),
        _ => new CriterionInput($"c{c}", InputState.Value, Math.Round((decimal)(random.NextDouble() * 100), 2), $"rec:{w}:{c}"),
    }).ToList(), [])).ToList();
}
