using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace WardPlatform.Plans.Importing;

/// <summary>
/// A Word document's text as it prints, with tracked changes accepted: paragraphs in order, the numbers Word's automatic
/// numbering shows ("I.", "1.", "a)", "1.2."), heading styles as Markdown marks ("## "), tables as "| cell | cell |" rows,
/// soft line breaks as new lines, text split across runs joined, field results kept and field codes dropped.
/// The document's XML is read as plain XML (LINQ to XML), not through the SDK's typed elements: on a 20-page plan the
/// typed tree cost most of the import (bench/ImportBench, "pass by pass").
/// </summary>
public static class WordText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XName Val = W + "val";

    /// <summary>The text, or null when the package has no document body (not a Word document).</summary>
    public static string? Read(WordprocessingDocument document)
    {
        if (document.MainDocumentPart is not { } main) return null;
        var numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
        XDocument xml;
        using (var stream = main.GetStream(FileMode.Open, FileAccess.Read))
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            xml = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        if (xml.Root?.Element(W + "body") is not { } body) return null;
        var text = new StringBuilder();
        foreach (var block in body.Elements()) Block(block, numbering, text);
        return text.ToString();
    }

    private static void Block(XElement block, WordNumbering numbering, StringBuilder text)
    {
        if (block.Name.Namespace != W) return;
        switch (block.Name.LocalName)
        {
            case "p":
                Paragraph(block, numbering, text);
                break;
            case "tbl":
                foreach (var row in block.Elements(W + "tr"))
                {
                    var cells = row.Elements(W + "tc").Select(cell => string.Join(" ",
                        cell.Elements(W + "p").Select(p => Runs(p).Replace('\n', ' ').Trim()).Where(t => t.Length > 0)).Replace('|', '/'));
                    text.Append("| ").Append(string.Join(" | ", cells)).AppendLine(" |");
                }
                break;
            case "sdt":
                foreach (var inner in block.Element(W + "sdtContent")?.Elements() ?? []) Block(inner, numbering, text);
                break;
            case "ins" or "customXml":
                foreach (var inner in block.Elements()) Block(inner, numbering, text);
                break;
        }
    }

    private static void Paragraph(XElement paragraph, WordNumbering numbering, StringBuilder text)
    {
        var body = Runs(paragraph);
        // A paragraph deleted with tracked changes (its mark deleted and no text left) does not print.
        if (body.Trim().Length == 0) { text.AppendLine(); return; }
        var properties = paragraph.Element(W + "pPr");
        var style = properties?.Element(W + "pStyle")?.Attribute(Val)?.Value;
        var level = HeadingLevel(style, Number(properties?.Element(W + "outlineLvl")));
        var numbered = properties?.Element(W + "numPr") is { } numPr
            ? new WordNumbering.Reference(Number(numPr.Element(W + "numId")), Number(numPr.Element(W + "ilvl")) ?? 0)
            : (WordNumbering.Reference?)null;
        var label = numbering.Label(numbered, style);
        if (level > 0) text.Append('#', level).Append(' ');
        if (label is not null && !(label == "-" && body.TrimStart().StartsWith('-'))) text.Append(label).Append(' ');
        text.AppendLine(body.Trim());
    }

    private static int? Number(XElement? element) =>
        int.TryParse(element?.Attribute(Val)?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int HeadingLevel(string? style, int? outline)
    {
        if (style is not null && style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(style.AsSpan(7).Trim(), out var n)) return Math.Clamp(n, 1, 6);
        if (style is "Title") return 1;
        return outline is { } o && o < 6 ? o + 1 : 0;
    }

    /// <summary>The paragraph's printed text: w:t of runs (inserted ones too), tabs and breaks; never deleted or moved-away text, nor field codes.</summary>
    private static string Runs(XElement element)
    {
        var text = new StringBuilder();
        Walk(element, text);
        return text.ToString();
    }

    private static void Walk(XElement element, StringBuilder text)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.Namespace != W) { Walk(child, text); continue; }
            switch (child.Name.LocalName)
            {
                case "del" or "moveFrom" or "delText" or "instrText" or "delInstrText" or "pPr" or "rPr":
                    continue;
                case "t":
                    text.Append(child.Value);
                    break;
                case "tab" or "ptab":
                    text.Append(' ');
                    break;
                case "br" or "cr":
                    text.Append('\n');
                    break;
                case "noBreakHyphen":
                    text.Append('-');
                    break;
                default:
                    Walk(child, text);
                    break;
            }
        }
    }
}
