// Plan import benchmark: time to read a plan per page of its text, on the three seed plans and the corpus of other
// wards' plans (tests/WardPlatform.Tests/Plans/Corpus; its .word outlines made into real .docx), and the whole time for a
// 20-page plan, as Markdown and as .docx. The baseline, run in the same process on the same text, is the normalisation
// pass alone (NFC, Markdown marks, line joining), so the ratio says what the structure and target reading cost on top
// of reading the text. A page is taken as 3,000 characters, about one A4 page of a Vietnamese administrative document.
// Run: bash bench/run.sh import
using System.Diagnostics;
using WardPlatform.Plans.Importing;
using WardPlatform.Tests.Plans.Corpus;

const int charactersPerPage = 3000;
const int iterations = 300;
var root = FindRoot();
var plans = Path.Combine(root, "tests", "WardPlatform.Tests", "Plans");
var documents = Directory.GetFiles(Path.Combine(plans, "Seeds"), "*.md")
    .Concat(Directory.GetFiles(Path.Combine(plans, "Corpus")).Where(f => f.EndsWith(".md") || f.EndsWith(".txt") || f.EndsWith(".word")))
    .Order().Select(f => (Name: Path.GetFileName(f), Text: TextOf(f))).ToList();

// Warm up on every document first, so that none is measured while the JIT is still tiering up.
foreach (var (_, text) in documents)
    for (var i = 0; i < 200; i++) { PlanText.Lines(text); PlanImporter.Parse(text); }

Console.WriteLine($"Plan import, {iterations} runs per document after 200 warm-up runs of each (page = {charactersPerPage} characters)");
Console.WriteLine($"  {"document",-46} {"pages",6} {"normalise ms/page",18} {"import ms/page",15} {"p99 ms/page",12} {"×baseline",10}");
foreach (var (name, text) in documents)
{
    var pages = (double)text.Length / charactersPerPage;
    var baseline = Measure(() => PlanText.Lines(text), iterations);
    var import = Measure(() => PlanImporter.Parse(text), iterations);
    Console.WriteLine($"  {name,-46} {pages,6:0.0} {baseline.P50 / pages,18:0.000} {import.P50 / pages,15:0.000} {import.P99 / pages,12:0.000} {import.P50 / baseline.P50,10:0.0}");
}

// A 20-page plan: the corpus's Word outlines one after another until the text is 20 pages, read from .docx bytes.
var outlines = Directory.GetFiles(Path.Combine(plans, "Corpus"), "*.word").Order().Select(File.ReadAllText).ToList();
var outline = "";
for (var i = 0; TextOfDocx(WordPlanBuilder.Build(outline)).Length < 20 * charactersPerPage; i++) outline += outlines[i % outlines.Count] + "\n";
var docx = WordPlanBuilder.Build(outline);
var long20 = TextOfDocx(docx);
var markdown = Measure(() => PlanImporter.Parse(long20), 50);
var word = Measure(() => PlanImporter.Parse(TextOfDocx(docx)), 50);
var normalise = Measure(() => PlanText.Lines(long20), 50);
Console.WriteLine($"20-page plan ({long20.Length / (double)charactersPerPage:0.0} pages, {docx.Length / 1024} KB .docx), 50 runs:");
Console.WriteLine($"  text → draft        p50 {markdown.P50,8:0.00} ms  p99 {markdown.P99,8:0.00} ms  ×{markdown.P50 / normalise.P50:0.0} the normalisation pass");
Console.WriteLine($"  .docx → text → draft p50 {word.P50,8:0.00} ms  p99 {word.P99,8:0.00} ms  (goal ≤ 1000 ms)");

static (double P50, double P99) Measure(Action work, int runs)
{
    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var start = Stopwatch.GetTimestamp();
        work();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    Array.Sort(times);
    return (times[runs / 2], times[Math.Max(0, (int)(runs * 0.99) - 1)]);
}

static string TextOf(string path) => path.EndsWith(".word") ? TextOfDocx(WordPlanBuilder.Build(File.ReadAllText(path))) : File.ReadAllText(path);

static string TextOfDocx(byte[] docx)
{
    using var stream = new MemoryStream(docx);
    var (text, problem) = PlanFile.ReadAsync("plan.docx", docx.Length, stream, CancellationToken.None).GetAwaiter().GetResult();
    return text ?? throw new InvalidOperationException(problem?.Message);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "WardPlatform.sln"))) return dir.FullName;
    throw new InvalidOperationException("Run from inside the repository.");
}
