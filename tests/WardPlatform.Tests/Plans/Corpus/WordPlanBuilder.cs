using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WardPlatform.Tests.Plans.Corpus;

/// <summary>
/// Writes a real .docx the way Word does from a plan written in a small outline (a ".word" file of the corpus), so that
/// no number Word shows is in the text: "# X" Heading 1 (its style numbered I., II. by numbering.xml), "## X" Heading 2
/// (1., 2.), "### X" Heading 3 (a), b)), "#! X" Heading 1 not numbered; "1. X" and "a) X" an automatically numbered list
/// (each run of items restarts at 1, as "Restart numbering" does); "- X" a bullet; "| a | b |" rows of a table; other
/// lines plain paragraphs. In a line: "{br}" a soft line break, "{+x+}" a tracked insertion, "{-x-}" a tracked deletion,
/// "{f:x}" a field whose result is x. Every paragraph's text is split across several runs.
/// </summary>
public static partial class WordPlanBuilder
{
    private const int HeadingList = 1, BulletList = 2, ItemList = 3;

    public static byte[] Build(string outline)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var numbering = Numbering();
            var body = new Body();
            var nextNum = 10;
            var inList = false;
            Table? table = null;
            foreach (var raw in outline.Replace("\r\n", "\n").Split('\n'))
            {
                var line = raw.TrimEnd();
                if (line.StartsWith('|'))
                {
                    table ??= NewTable(body);
                    var row = new TableRow();
                    foreach (var cell in line.Trim('|').Split('|'))
                        row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), Paragraph(cell.Trim())));
                    table.Append(row);
                    continue;
                }
                table = null;
                if (line.Length == 0) { inList = false; continue; }
                var item = ListItem().Match(line);
                if (item.Success)
                {
                    if (!inList) numbering.Append(Restart(++nextNum));
                    inList = true;
                    var level = char.IsDigit(item.Groups["n"].Value[0]) ? 0 : 1;
                    body.Append(Paragraph(item.Groups["text"].Value, "ListParagraph", (nextNum, level)));
                    continue;
                }
                inList = false;
                body.Append(line switch
                {
                    _ when line.StartsWith("#! ") => Paragraph(line[3..], "Heading1", (0, 0)),
                    _ when line.StartsWith("### ") => Paragraph(line[4..], "Heading3"),
                    _ when line.StartsWith("## ") => Paragraph(line[3..], "Heading2"),
                    _ when line.StartsWith("# ") => Paragraph(line[2..], "Heading1"),
                    _ when line.StartsWith("- ") => Paragraph(line[2..], "ListParagraph", (BulletList, 0)),
                    _ => Paragraph(line),
                });
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Table NewTable(Body body)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })));
        body.Append(table);
        return table;
    }

    private static Paragraph Paragraph(string text, string? style = null, (int NumId, int Level)? numbered = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (numbered is { } n) properties.Append(new NumberingProperties(new NumberingLevelReference { Val = n.Level }, new NumberingId { Val = n.NumId }));
        var paragraph = new Paragraph(properties);
        var id = 100;
        foreach (Match part in Inline().Matches(text))
        {
            if (part.Groups["br"].Success) paragraph.Append(new Run(new Break()));
            else if (part.Groups["ins"].Success)
                paragraph.Append(new InsertedRun(Runs(part.Groups["ins"].Value)) { Id = (id++).ToString(), Author = "Văn thư", Date = new DateTime(2026, 3, 1) });
            else if (part.Groups["del"].Success)
                paragraph.Append(new DeletedRun(new Run(new DeletedText(part.Groups["del"].Value) { Space = SpaceProcessingModeValues.Preserve }))
                    { Id = (id++).ToString(), Author = "Văn thư", Date = new DateTime(2026, 3, 1) });
            else if (part.Groups["field"].Success)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
                paragraph.Append(new Run(new FieldCode(" DOCPROPERTY NgayBanHanh \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve }));
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
                paragraph.Append(Runs(part.Groups["field"].Value));
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }
            else paragraph.Append(Runs(part.Value));
        }
        return paragraph;
    }

    // Word splits text into runs wherever formatting, spelling marks or editing sessions change: here every 7 characters.
    private static OpenXmlElement[] Runs(string text) =>
        [.. text.Chunk(7).Select(chunk => new Run(new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }),
            new Text(new string(chunk)) { Space = SpaceProcessingModeValues.Preserve }))];

    private static Styles Styles()
    {
        var styles = new Styles(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        for (var level = 1; level <= 3; level++)
            styles.Append(new Style(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level - 1 }, new NumberingId { Val = HeadingList }),
                    new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold())) { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        styles.Append(new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
        return styles;
    }

    private static Numbering Numbering() => new(
        Abstract(HeadingList, (NumberFormatValues.UpperRoman, "%1."), (NumberFormatValues.Decimal, "%2."), (NumberFormatValues.LowerLetter, "%3)")),
        Abstract(BulletList, (NumberFormatValues.Bullet, "-")),
        Abstract(ItemList, (NumberFormatValues.Decimal, "%1."), (NumberFormatValues.LowerLetter, "%2)")),
        new NumberingInstance(new AbstractNumId { Val = HeadingList }) { NumberID = HeadingList },
        new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList });

    private static AbstractNum Abstract(int id, params (NumberFormatValues Format, string Text)[] levels)
    {
        var list = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
            list.Append(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = levels[i].Format }, new LevelText { Val = levels[i].Text },
                new LevelJustification { Val = LevelJustificationValues.Left }) { LevelIndex = i });
        return list;
    }

    private static NumberingInstance Restart(int numId) =>
        new(new AbstractNumId { Val = ItemList }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = numId };

    [GeneratedRegex(@"^(?<n>\d{1,2}\.|[a-zđ]\))\s+(?<text>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<br>\{br\})|\{\+(?<ins>.*?)\+\}|\{-(?<del>.*?)-\}|\{f:(?<field>.*?)\}|[^{]+|\{")]
    private static partial Regex Inline();
}
