using DocumentFormat.OpenXml.Spreadsheet;

namespace WardPlatform.Http.Workbooks;

/// <summary>
/// The one stylesheet of the workbooks the platform hands out as reports (Times New Roman 12, thin boxes around tables):
/// each constant is the index of a cell format in the stylesheet. Numbers and dates keep their values; the format shows them.
/// </summary>
public static class ReportStyles
{
    /// <summary>Plain text; bold, centred (headings beside the motto); a table's header cell; a boxed text cell.</summary>
    public const uint Plain = 0, BoldCentered = 1, TableHeader = 2, Body = 3;
    /// <summary>The report's title (bold 14, centred); a boxed whole number ("0"); a boxed date (dd/mm/yyyy); a boxed share "0.0".</summary>
    public const uint Heading = 4, Number = 5, Date = 6, Share = 7;
    /// <summary>Bold versions of the boxed text, number and share (totals rows).</summary>
    public const uint BoldBody = 8, BoldNumber = 9, BoldShare = 10;
    /// <summary>Italic, centred (the place and date); a bold boxed group row (a theme, a plan); bold, left (section headings).</summary>
    public const uint ItalicCentered = 11, GroupRow = 12, BoldLeft = 13;
    /// <summary>Boxed percentages, whole ("95%") or not ("99,5%"), stored as fractions (0.95).</summary>
    public const uint Percent = 14, PercentFraction = 15;
    /// <summary>Boxed quantities, whole ("1.250") or not ("12,75").</summary>
    public const uint Quantity = 16, QuantityFraction = 17;
    /// <summary>A boxed whole number centred (STT); plain text that wraps (a paragraph across merged cells); bold italic (Nơi nhận:); 11 pt (its lines).</summary>
    public const uint Ordinal = 18, Paragraph = 19, BoldItalic = 20, Small = 21;
    /// <summary>Bold percentages (totals rows); bold, centred, wrapping (a subject line); plain centred (a document's number).</summary>
    public const uint BoldPercent = 22, Subject = 23, Centered = 24;

    public const uint DateFormat = 164, ShareFormat = 165, PercentFractionFormat = 166, QuantityFractionFormat = 167;
    /// <summary>Excel's built-in formats: "0", "#,##0", "0%".</summary>
    public const uint WholeFormat = 1, QuantityFormat = 3, PercentFormat = 9;

    /// <summary>A figure's cell: a whole value takes the whole format, another the one with decimals; a percentage is stored as a fraction.</summary>
    public static (object Value, uint Style) Figure(decimal value, bool percent)
    {
        var whole = value == decimal.Truncate(value);
        return percent ? (value / 100m, whole ? Percent : PercentFraction) : (value, whole ? Quantity : QuantityFraction);
    }

    public static Stylesheet Stylesheet()
    {
        Border thin = new(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        CellFormat Boxed(uint font = 0, uint format = 0, HorizontalAlignmentValues? horizontal = null) => new()
        {
            FontId = font, BorderId = 1, NumberFormatId = format, ApplyFont = true, ApplyBorder = true, ApplyNumberFormat = format != 0, ApplyAlignment = true,
            Alignment = new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Top, WrapText = true },
        };
        CellFormat Open(uint font, HorizontalAlignmentValues horizontal, bool wrap = false) => new()
        {
            FontId = font, ApplyFont = true, ApplyAlignment = true,
            Alignment = new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Top, WrapText = wrap },
        };
        Font Times(double size, bool bold = false, bool italic = false)
        {
            var font = new Font();
            if (bold) font.Append(new DocumentFormat.OpenXml.Spreadsheet.Bold());
            if (italic) font.Append(new Italic());
            font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" });
            return font;
        }
        var right = HorizontalAlignmentValues.Right;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = ShareFormat, FormatCode = "0.0" },
                new NumberingFormat { NumberFormatId = PercentFractionFormat, FormatCode = "0.0#%" },
                new NumberingFormat { NumberFormatId = QuantityFractionFormat, FormatCode = "#,##0.0#" }),
            // Fonts: 0 regular, 1 bold, 2 bold 14, 3 italic, 4 bold italic, 5 regular 11.
            new Fonts(Times(12), Times(12, bold: true), Times(14, bold: true), Times(12, italic: true), Times(12, bold: true, italic: true), Times(11)),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(), thin),
            new CellFormats(
                new CellFormat(),                                                                                          // Plain
                new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center } }, // BoldCentered
                new CellFormat                                                                                             // TableHeader
                {
                    FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true,
                    Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true },
                },
                Boxed(),                                                                                                   // Body
                new CellFormat { FontId = 2, ApplyFont = true, ApplyAlignment = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, WrapText = true } }, // Heading
                Boxed(format: WholeFormat, horizontal: right),                                                             // Number
                Boxed(format: DateFormat, horizontal: HorizontalAlignmentValues.Center),                                  // Date
                Boxed(format: ShareFormat, horizontal: right),                                                             // Share
                Boxed(font: 1),                                                                                            // BoldBody
                Boxed(font: 1, format: WholeFormat, horizontal: right),                                                    // BoldNumber
                Boxed(font: 1, format: ShareFormat, horizontal: right),                                                    // BoldShare
                Open(3, HorizontalAlignmentValues.Center),                                                                 // ItalicCentered
                Boxed(font: 1, horizontal: HorizontalAlignmentValues.Left),                                                // GroupRow
                Open(1, HorizontalAlignmentValues.Left),                                                                   // BoldLeft
                Boxed(format: PercentFormat, horizontal: right),                                                           // Percent
                Boxed(format: PercentFractionFormat, horizontal: right),                                                   // PercentFraction
                Boxed(format: QuantityFormat, horizontal: right),                                                          // Quantity
                Boxed(format: QuantityFractionFormat, horizontal: right),                                                  // QuantityFraction
                Boxed(format: WholeFormat, horizontal: HorizontalAlignmentValues.Center),                                  // Ordinal
                Open(0, HorizontalAlignmentValues.Left, wrap: true),                                                       // Paragraph
                Open(4, HorizontalAlignmentValues.Left),                                                                   // BoldItalic
                Open(5, HorizontalAlignmentValues.Left, wrap: true),                                                       // Small
                Boxed(font: 1, format: PercentFractionFormat, horizontal: right),                                         // BoldPercent
                Open(1, HorizontalAlignmentValues.Center, wrap: true),                                                     // Subject
                Open(0, HorizontalAlignmentValues.Center)));                                                               // Centered
    }
}
