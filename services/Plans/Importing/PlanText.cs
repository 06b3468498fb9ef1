using System.Text;
using System.Text.RegularExpressions;

namespace WardPlatform.Plans.Importing;

/// <summary>
/// One logical line of a plan: its text, the line of the uploaded text it starts on (1-based, for "dòng 57"),
/// and its heading level when the text marked it as one (Markdown "#", a Word heading style), else 0.
/// </summary>
public sealed record PlanLine(string Text, int Number, int HeadingLevel);

/// <summary>
/// Turns a plan's text (Markdown or plain, as converted from Word or PDF) into logical lines: NFC,
/// Markdown emphasis and heading marks removed, and lines that a conversion broke mid-sentence joined.
/// </summary>
public static partial class PlanText
{
    public static IReadOnlyList<string> Lines(string text) => Read(text).Select(l => l.Text).ToList();

    public static IReadOnlyList<PlanLine> Read(string text)
    {
        var lines = new List<PlanLine>();
        // The logical line being built: its text so far, where it starts, its heading level, its unclosed parentheses.
        var current = new StringBuilder();
        int number = 0, start = 0, heading = 0, open = 0;
        foreach (var raw in text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Split('\n'))
        {
            number++;
            var line = Clean(raw);
            if (line.Length == 0 || MarkdownRule().IsMatch(line)) continue;
            if (current.Length > 0 && Continues(current[0] == '|', open, current[^1], line))
                current.Append(' ').Append(line);
            else
            {
                if (current.Length > 0) lines.Add(new PlanLine(current.ToString(), start, heading));
                current.Clear().Append(line);
                (start, open) = (number, 0);
                heading = HeadingMarks().Match(raw.Trim()) is { Success: true } mark ? mark.Value.Trim().Length : 0;
            }
            foreach (var c in line) open += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        if (current.Length > 0) lines.Add(new PlanLine(current.ToString(), start, heading));
        return lines;
    }

    /// <summary>"## **I. MỤC ĐÍCH**" → "I. MỤC ĐÍCH"; "\* *Giai đoạn 1: …*" → "* Giai đoạn 1: …".</summary>
    private static string Clean(string raw)
    {
        var line = raw.Trim();
        line = HeadingMarks().Replace(line, "");
        line = line.Replace("\\*", "\u0001").Replace("***", "").Replace("**", "").Replace("*", "").Replace("\u0001", "*");
        line = line.Replace("\\", "");
        return Spaces().Replace(line, " ").Trim();
    }

    // A broken line: the previous one stops mid-sentence (an open parenthesis, or no closing punctuation)
    // and this one goes on in lower case or with the rest of a date range. Table rows never join.
    // The previous line is given by what matters of it (a table row, its unclosed parentheses, its last character), so
    // that a long run of joined lines is not scanned again for each line joined to it.
    private static bool Continues(bool previousIsTable, int unclosed, char last, string line)
    {
        if (previousIsTable || line.StartsWith('|')) return false;
        if (unclosed > 0) return true;
        if (IsStructural(line)) return false;
        return !".;:!?”\")…".Contains(last) && char.IsLower(line[0]);
    }

    private static bool IsStructural(string line) => line.StartsWith('-') || line.StartsWith('+') || line.StartsWith('*') || StructuralStart().IsMatch(line);

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    // "| --- | :---: |": a Markdown table's rule, not a row.
    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex MarkdownRule();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^([IVX]+\.|\d+(\.\d+)*\.|[a-zđ]\)|\(\d+\))\s")]
    private static partial Regex StructuralStart();
}
