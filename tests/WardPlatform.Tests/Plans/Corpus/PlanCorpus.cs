using WardPlatform.Plans.Importing;

namespace WardPlatform.Tests.Plans.Corpus;

/// <summary>
/// The corpus: plans of other wards and provinces, beside each its expected structure. A ".word" outline is made into a
/// real .docx (<see cref="WordPlanBuilder"/>); every document is read the way an upload is (<see cref="PlanFile"/>).
/// </summary>
public static class PlanCorpus
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Plans", "Corpus");

    public static IReadOnlyList<string> Names =>
        [.. System.IO.Directory.GetFiles(Directory, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).Order()];

    /// <summary>The document's file as uploaded: its name (".docx" for an outline) and bytes.</summary>
    public static (string FileName, byte[] Bytes) File(string name)
    {
        var source = System.IO.Directory.GetFiles(Directory, name + ".*").Single(f => !f.EndsWith(".expected.json"));
        return source.EndsWith(".word")
            ? (name + ".docx", WordPlanBuilder.Build(System.IO.File.ReadAllText(source)))
            : (Path.GetFileName(source), System.IO.File.ReadAllBytes(source));
    }

    public static async Task<string> TextAsync(string name)
    {
        var (fileName, bytes) = File(name);
        using var stream = new MemoryStream(bytes);
        var (text, problem) = await PlanFile.ReadAsync(fileName, bytes.Length, stream, CancellationToken.None);
        return text ?? throw new InvalidOperationException($"{fileName}: {problem?.Message}");
    }

    public static string Expected(string name) => System.IO.File.ReadAllText(Path.Combine(Directory, name + ".expected.json"));
}
