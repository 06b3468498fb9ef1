using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WardPlatform.Commendations.Documents;

/// <summary>A Word document in the Nghị định 30/2020 layout: A4, margins 20/20/30/15 mm, Times New Roman 14 pt.</summary>
public sealed class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Font = "Times New Roman";
    private readonly Body _body = new();

    public DocxWriter Line(string text, bool bold = false, bool italic = false, JustificationValues? align = null, int size = 14, int indentTwips = 0)
    {
        _body.Append(Paragraph(text, bold, italic, align ?? JustificationValues.Both, size, indentTwips));
        return this;
    }

    /// <summary>The two headers side by side: the issuing body on the left, the national motto on the right.</summary>
    public DocxWriter Headers(string[] left, string[] right)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })));
        var rows = Math.Max(left.Length, right.Length);
        for (var i = 0; i < rows; i++)
            table.Append(new TableRow(Cell(i < left.Length ? left[i] : "", 2000, i < 2), Cell(i < right.Length ? right[i] : "", 3000, i < 2, italic: i >= 2)));
        _body.Append(table);
        return this;
    }

    public DocxWriter Grid(string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableRow(headers.Select(h => Cell(h, 0, bold: true, size: 13))));
        foreach (var row in rows) table.Append(new TableRow(row.Select(c => Cell(c, 0, bold: false, size: 13, align: JustificationValues.Left))));
        _body.Append(table);
        return this;
    }

    public byte[] Build()
    {
        _body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1020, Header = 720, Footer = 720, Gutter = 0 }));
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(_body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static TableCell Cell(string text, int widthPct50, bool bold, int size = 13, bool italic = false, JustificationValues? align = null)
    {
        var properties = new TableCellProperties();
        if (widthPct50 > 0) properties.Append(new TableCellWidth { Width = widthPct50.ToString(), Type = TableWidthUnitValues.Pct });
        return new TableCell(properties, Paragraph(text, bold, italic, align ?? JustificationValues.Center, size, 0));
    }

    private static Paragraph Paragraph(string text, bool bold, bool italic, JustificationValues align, int size, int indent)
    {
        var runProperties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = (size * 2).ToString() });
        if (bold) runProperties.Append(new Bold());
        if (italic) runProperties.Append(new Italic());
        var paragraphProperties = new ParagraphProperties(new Justification { Val = align }, new SpacingBetweenLines { After = "80" });
        if (indent > 0) paragraphProperties.Append(new Indentation { FirstLine = indent.ToString() });
        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
