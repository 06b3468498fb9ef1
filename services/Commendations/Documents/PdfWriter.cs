using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace WardPlatform.Commendations.Documents;

/// <summary>
/// A small flowing layout over PDFsharp: lines and wrapped paragraphs top to bottom, a new page when one is full.
/// Text is drawn in <see cref="PdfFonts.Family"/> with Unicode encoding, so the font is embedded (as a subset).
/// </summary>
public sealed class PdfWriter
{
    public const string ContentType = "application/pdf";
    private const double Mm = 72 / 25.4;
    private readonly PdfDocument _document = new();
    private readonly bool _landscape;
    private readonly double _left, _right, _top, _bottom;
    private readonly Dictionary<(double, XFontStyleEx), XFont> _fonts = new();
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfWriter(string title, bool landscape = false, double leftMm = 30, double rightMm = 15, double topMm = 20, double bottomMm = 20)
    {
        PdfFonts.Install();
        _document.Info.Title = title;
        _landscape = landscape;
        (_left, _right, _top, _bottom) = (leftMm * Mm, rightMm * Mm, topMm * Mm, bottomMm * Mm);
        NewPage();
    }

    public XGraphics Graphics => _graphics;
    public double Width => _page.Width.Point;
    public double Height => _page.Height.Point;
    public double Y { get => _y; set => _y = value; }

    public XFont Font(double size, bool bold = false, bool italic = false)
    {
        var style = (bold, italic) switch { (true, true) => XFontStyleEx.BoldItalic, (true, _) => XFontStyleEx.Bold, (_, true) => XFontStyleEx.Italic, _ => XFontStyleEx.Regular };
        if (!_fonts.TryGetValue((size, style), out var font))
            _fonts[(size, style)] = font = new XFont(PdfFonts.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
        return font;
    }

    /// <summary>One line centred (or left / right aligned) in a column from <paramref name="x"/> of <paramref name="width"/>.</summary>
    public PdfWriter Line(string text, double size = 14, bool bold = false, bool italic = false, XStringAlignment align = XStringAlignment.Center,
        double? x = null, double? width = null, double? y = null, bool advance = true)
    {
        var font = Font(size, bold, italic);
        var height = size * 1.25;
        var top = y ?? _y;
        if (y is null && top + height > Height - _bottom) { NewPage(); top = _y; }
        var format = new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near };
        _graphics.DrawString(text, font, XBrushes.Black, new XRect(x ?? _left, top, width ?? Width - _left - _right, height), format);
        if (advance && y is null) _y = top + height;
        return this;
    }

    /// <summary>A paragraph wrapped to the column, justified by words, with a first-line indent.</summary>
    public PdfWriter Paragraph(string text, double size = 14, bool bold = false, bool italic = false, double indent = 10 * Mm,
        double? x = null, double? width = null, XStringAlignment align = XStringAlignment.Near)
    {
        var font = Font(size, bold, italic);
        var left = x ?? _left;
        var column = width ?? Width - _left - _right;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = "";
        var first = true;
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            var available = column - (first ? indent : 0);
            if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > available)
            {
                Line(line, size, bold, italic, align, left + (first ? indent : 0), available);
                first = false;
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) Line(line, size, bold, italic, align, left + (first ? indent : 0), column - (first ? indent : 0));
        return this;
    }

    public PdfWriter Space(double points)
    {
        _y += points;
        return this;
    }

    public void Rule(double x1, double x2, double y, double width = 0.7) => _graphics.DrawLine(new XPen(XColors.Black, width), x1, y, x2, y);

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _page.Orientation = _landscape ? PageOrientation.Landscape : PageOrientation.Portrait;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = _top;
    }

    public byte[] Build()
    {
        _graphics.Dispose();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
