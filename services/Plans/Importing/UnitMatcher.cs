using WardPlatform.Http;

namespace WardPlatform.Plans.Importing;

/// <summary>A unit of the ward as the directory lists it (<c>GET /units</c>): its name and the short name documents use.</summary>
public sealed record WardUnit(string Name, string? ShortName = null, Guid? Id = null);

/// <summary>
/// Which of the ward's units a plan means by the owner it writes ("Công an xã", "CA xã", "Phòng Văn hóa - Xã hội phường",
/// "Giám đốc Trung tâm Phục vụ hành chính công chủ trì"), diacritics, case and punctuation ignored. Only the ward's own
/// names count: the unit's name or short name written alone, its name (or its name without the ward, "Công an" of
/// "Công an phường Tam Phước") inside the text, or the text's words in the order of one unit's name ("Hội Phụ nữ" of "Hội
/// Liên hiệp Phụ nữ"). Two units that fit equally well match neither: nothing is guessed.
/// </summary>
public static class UnitMatcher
{
    public sealed record Match(WardUnit? Unit, IReadOnlyList<WardUnit> Tied);

    public static Match Find(string written, IReadOnlyList<WardUnit> units)
    {
        var (text, capital) = Words(written);
        if (text.Length == 0 || units.Count == 0) return new(null, []);
        var forms = units.Select(u => (Unit: u, Full: Words(u.Name).Words, Core: Core(u.Name), Short: Words(u.ShortName).Words)).ToList();

        // 1. Written as the unit's name, its name without the ward, or its short name.
        var exact = forms.Where(f => Same(text, f.Full) || Same(text, f.Core) || Same(text, f.Short)).Select(f => f.Unit).Distinct().ToList();
        if (exact.Count > 0) return One(exact);

        // 2. The unit's name (or without the ward, or a short name that is no common word) inside the text, where the name
        // ends there ("Công an xã chủ trì", not "Phòng Kinh tế - Hạ tầng và Đô thị"): the first named, the longest.
        var named = forms.Select(f => (f.Unit, At: FirstInside(text, capital, [f.Full, f.Core, f.Short]))).Where(x => x.At.Start >= 0).ToList();
        if (named.Count > 0)
        {
            var best = named.OrderBy(x => x.At.Start).ThenByDescending(x => x.At.Length).First().At;
            return One([.. named.Where(x => x.At == best).Select(x => x.Unit)]);
        }

        // 3. The text's words, in order, among one unit's name that starts with the same word ("Hội Phụ nữ").
        if (text.Length < 2) return new(null, []);
        return One([.. forms.Where(f => f.Full.Length > 0 && f.Full[0] == text[0] && InOrder(text, f.Full)).Select(f => f.Unit)]);
    }

    private static Match One(List<WardUnit> found) => found.Count == 1 ? new(found[0], []) : new(null, found);

    /// <summary>
    /// Folded words without the ward's level ("phường", "xã", "thị trấn"; "xã hội" stays whole), and whether each was
    /// written with a capital (a name goes on in capitals: "Phòng Kinh tế - Hạ tầng").
    /// </summary>
    private static (string[] Words, bool[] Capital) Words(string? text)
    {
        var written = Runs(text);
        var words = written.Select(VietnameseText.Fold).ToArray();
        var kept = Enumerable.Range(0, words.Length).Where(i => !IsLevel(words, i)).ToList();
        return ([.. kept.Select(i => words[i])], [.. kept.Select(i => char.IsUpper(written[i][0]))]);
    }

    /// <summary>"Công an phường Tam Phước" → "cong an": the name before the ward's level word, when a place name follows it.</summary>
    private static string[] Core(string name)
    {
        var words = Tokens(name);
        for (var i = words.Length - 1; i > 0; i--)
            if (IsLevel(words, i))
                return words.Length - i - 1 is >= 1 and <= 4 ? [.. words[..i].Where((_, j) => !IsLevel(words, j))] : [];
        return [];
    }

    private static bool IsLevel(string[] words, int i) => words[i] switch
    {
        "phuong" => true,
        "xa" => !(i + 1 < words.Length && words[i + 1] == "hoi"),
        "thi" => i + 1 < words.Length && words[i + 1] == "tran",
        "tran" => i > 0 && words[i - 1] == "thi",
        _ => false,
    };

    private static string[] Tokens(string? text) => [.. Runs(text).Select(VietnameseText.Fold)];

    /// <summary>The words as written: runs of letters and digits.</summary>
    private static List<string> Runs(string? text)
    {
        text ??= "";
        var runs = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0) { runs.Add(text[start..i]); start = -1; }
        }
        return runs;
    }

    private static (int Start, int Length) FirstInside(string[] text, bool[] capital, string[][] names) =>
        names.Where(Distinctive).Select(n => (Start: IndexOf(text, n), n.Length))
            .Where(p => p.Start >= 0 && (p.Start + p.Length == text.Length || !capital[p.Start + p.Length]))
            .OrderBy(p => p.Start).ThenByDescending(p => p.Length).DefaultIfEmpty((-1, 0)).First();

    // Two words or more, or one long one ("TTPVHCC"): a single short word ("CA") is too common inside a sentence.
    private static bool Distinctive(string[] name) => name.Length >= 2 || name.Length == 1 && name[0].Length >= 4;

    private static bool Same(string[] a, string[] b) => b.Length > 0 && a.AsSpan().SequenceEqual(b);

    private static int IndexOf(string[] text, string[] part)
    {
        for (var i = 0; i + part.Length <= text.Length; i++)
            if (text.AsSpan(i, part.Length).SequenceEqual(part)) return i;
        return -1;
    }

    private static bool InOrder(string[] text, string[] name)
    {
        var at = 0;
        foreach (var word in name)
            if (at < text.Length && text[at] == word) at++;
        return at == text.Length;
    }
}
