using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WardPlatform.Plans.Importing;

/// <summary>
/// A Word document's text as it prints, with tracked changes accepted: paragraphs in order, the numbers Word's automatic
/// numbering shows ("I.", "1.", "a)", "1.2."), heading styles as Markdown marks ("## "), tables as "| cell | cell |" rows,
/// soft line breaks as new lines, text split across runs joined, field results kept and field codes dropped.
/// </summary>
public static class WordText
{
    public static string Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
        var text = new StringBuilder();
        foreach (var block in main.Document!.Body!.ChildElements) Block(block, numbering, text);
        return text.ToString();
    }

    private static void Block(OpenXmlElement block, WordNumbering numbering, StringBuilder text)
    {
        switch (block)
        {
            case Paragraph paragraph:
                Paragraph(paragraph, numbering, text);
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    var cells = row.Elements<TableCell>().Select(cell => string.Join(" ",
                        cell.Elements<Paragraph>().Select(p => Runs(p).Replace('\n', ' ').Trim()).Where(t => t.Length > 0)).Replace('|', '/'));
                    text.Append("| ").Append(string.Join(" | ", cells)).AppendLine(" |");
                }
                break;
            case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                foreach (var inner in content.ChildElements) Block(inner, numbering, text);
                break;
            case InsertedRun or CustomXmlBlock:
                foreach (var inner in block.ChildElements) Block(inner, numbering, text);
                break;
        }
    }

    private static void Paragraph(Paragraph paragraph, WordNumbering numbering, StringBuilder text)
    {
        var body = Runs(paragraph);
        // A paragraph deleted with tracked changes (its mark deleted and no text left) does not print.
        if (body.Trim().Length == 0) { text.AppendLine(); return; }
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var level = HeadingLevel(style, paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value);
        var label = numbering.Label(paragraph, style);
        if (level > 0) text.Append('#', level).Append(' ');
        if (label is not null && !(label == "-" && body.TrimStart().StartsWith('-'))) text.Append(label).Append(' ');
        text.AppendLine(body.Trim());
    }

    private static int HeadingLevel(string? style, int? outline)
    {
        if (style is not null && style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(style.AsSpan(7).Trim(), out var n)) return Math.Clamp(n, 1, 6);
        if (style is "Title") return 1;
        return outline is { } o && o < 6 ? o + 1 : 0;
    }

    /// <summary>The paragraph's printed text: w:t of runs (inserted ones too), tabs and breaks; never deleted or moved-away text, nor field codes.</summary>
    private static string Runs(OpenXmlElement element)
    {
        var text = new StringBuilder();
        Walk(element, text);
        return text.ToString();
    }

    private static void Walk(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode or ParagraphProperties or RunProperties:
                    continue;
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                default:
                    Walk(child, text);
                    break;
            }
        }
    }
}
