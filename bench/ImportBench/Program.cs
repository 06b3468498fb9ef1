// Plan import benchmark: time to read a plan per page of its text, on the three seed plans. The baseline,
// run in the same process on the same text, is the normalisation pass alone (NFC, Markdown marks, line
// joining), so the ratio says what the structure and target reading cost on top of reading the text.
// A page is taken as 3,000 characters, about one A4 page of a Vietnamese administrative document.
// Run: bash bench/run.sh import
using System.Diagnostics;
using WardPlatform.Plans.Importing;

const int charactersPerPage = 3000;
const int iterations = 300;
var seeds = Directory.GetFiles(Path.Combine(FindRoot(), "tests", "WardPlatform.Tests", "Plans", "Seeds"), "*.md").Order().ToList();

// Warm up on every seed first, so that no seed is measured while the JIT is still tiering up.
foreach (var seed in seeds)
    for (var i = 0; i < 200; i++) { var warm = File.ReadAllText(seed); PlanText.Lines(warm); PlanImporter.Parse(warm); }

Console.WriteLine($"Plan import, {iterations} runs per seed after 200 warm-up runs of each (page = {charactersPerPage} characters)");
Console.WriteLine($"  {"seed",-40} {"pages",6} {"normalise ms/page",18} {"import ms/page",15} {"p99 ms/page",12} {"×baseline",10}");
foreach (var seed in seeds)
{
    var text = File.ReadAllText(seed);
    var pages = (double)text.Length / charactersPerPage;

    var baseline = Measure(() => PlanText.Lines(text));
    var import = Measure(() => PlanImporter.Parse(text));
    Console.WriteLine($"  {Path.GetFileNameWithoutExtension(seed),-40} {pages,6:0.0} {baseline.P50 / pages,18:0.000} {import.P50 / pages,15:0.000} {import.P99 / pages,12:0.000} {import.P50 / baseline.P50,10:0.0}");
}

static (double P50, double P99) Measure(Action work)
{
    var times = new double[iterations];
    for (var i = 0; i < iterations; i++)
    {
        var start = Stopwatch.GetTimestamp();
        work();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    Array.Sort(times);
    return (times[iterations / 2], times[(int)(iterations * 0.99) - 1]);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "WardPlatform.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run from inside the repository.");
}
