// Plan import benchmark: time to read a plan per page of its text, on the three seed plans and the corpus of other
// wards' plans (tests/WardPlatform.Tests/Plans/Corpus; its .word outlines made into real .docx), and the whole time for a
// 20-page plan, as Markdown and as .docx. The baseline, run in the same process on the same text, is the normalisation
// pass alone (NFC, Markdown marks, line joining), so the ratio says what the structure and target reading cost on top
// of reading the text. A page is taken as 3,000 characters, about one A4 page of a Vietnamese administrative document.
// It first prints the corpus's score (each document against its .expected.json, as PlanImportCorpusTests scores it), and
// last the time of each pass of a 20-page .docx import (package, XML, Word text, lines, draft), to see what costs.
// Run: bash bench/run.sh import
using System.Diagnostics;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using WardPlatform.Plans.Importing;
using WardPlatform.Tests.Plans.Corpus;

const int charactersPerPage = 3000;
const int iterations = 300;
var root = FindRoot();
var plans = Path.Combine(root, "tests", "WardPlatform.Tests", "Plans");
var documents = Directory.GetFiles(Path.Combine(plans, "Seeds"), "*.md")
    .Concat(Directory.GetFiles(Path.Combine(plans, "Corpus")).Where(f => f.EndsWith(".md") || f.EndsWith(".txt") || f.EndsWith(".word")))
    .Order().Select(f => (Name: Path.GetFileName(f), Text: TextOf(f))).ToList();

// The corpus's score, field by field: found, wrong, missed, invented (the test fails on anything but found).
var corpus = Path.Combine(plans, "Corpus");
Console.WriteLine("Corpus score (found / wrong / missed / invented fields per document)");
Console.WriteLine($"  {"document",-46} {"found",6} {"wrong",6} {"missed",7} {"invented",9}");
var totals = new int[4];
foreach (var expected in Directory.GetFiles(corpus, "*.expected.json").Order())
{
    var name = Path.GetFileName(expected)[..^".expected.json".Length];
    var source = Directory.GetFiles(corpus, name + ".*").Single(f => !f.EndsWith(".expected.json"));
    var score = CorpusScore.Of(PlanImporter.Parse(TextOf(source)), JsonDocument.Parse(File.ReadAllText(expected)).RootElement);
    Console.WriteLine($"  {Path.GetFileName(source),-46} {score.Found,6} {score.Wrong,6} {score.Missed,7} {score.Invented,9}");
    foreach (var note in score.Notes) Console.WriteLine($"      {note}");
    totals = [totals[0] + score.Found, totals[1] + score.Wrong, totals[2] + score.Missed, totals[3] + score.Invented];
}
Console.WriteLine($"  {"total",-46} {totals[0],6} {totals[1],6} {totals[2],7} {totals[3],9}");
Console.WriteLine();

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

// Where the time of the 20-page .docx goes, pass by pass (each measured alone, 50 runs).
Console.WriteLine("20-page .docx, pass by pass, 50 runs each:");
foreach (var (pass, work) in new (string, Action)[]
{
    ("open the package", () => { using var d = WordprocessingDocument.Open(new MemoryStream(docx), false); _ = d.MainDocumentPart; }),
    ("open + parse document.xml", () => { using var d = WordprocessingDocument.Open(new MemoryStream(docx), false); _ = d.MainDocumentPart!.Document!.Body!.ChildElements.Count; }),
    ("open + Word text (WordText)", () => { using var d = WordprocessingDocument.Open(new MemoryStream(docx), false); WordText.Read(d); }),
    ("lines (PlanText)", () => PlanText.Read(long20)),
    ("draft (PlanImporter.Parse)", () => PlanImporter.Parse(long20)),
})
{
    var time = Measure(work, 50);
    Console.WriteLine($"  {pass,-30} p50 {time.P50,8:0.00} ms  p99 {time.P99,8:0.00} ms");
}

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
