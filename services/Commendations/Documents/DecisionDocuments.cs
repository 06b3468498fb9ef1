using PdfSharp.Drawing;

namespace WardPlatform.Commendations.Documents;

/// <summary>The Quyết định as .docx and .pdf, and one Giấy khen per awardee as .pdf (A4 landscape, decorated border).</summary>
public static class DecisionDocuments
{
    private static readonly string[] Motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

    public static byte[] Docx(DecisionText t)
    {
        var doc = new DocxWriter()
            .Headers(["ỦY BAN NHÂN DÂN", t.WardUpper, "", t.Number], [.. Motto, "", t.PlaceAndDate])
            .Line("")
            .Line("QUYẾT ĐỊNH", bold: true, align: DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center)
            .Line(t.Subject, bold: true, align: DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center)
            .Line("")
            .Line($"CHỦ TỊCH ỦY BAN NHÂN DÂN {t.WardUpper}", bold: true, align: DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center);
        foreach (var basis in t.Bases) doc.Line(basis, italic: true, indentTwips: 567);
        doc.Line("QUYẾT ĐỊNH:", bold: true, align: DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center);
        foreach (var article in t.Articles) doc.Line(article, indentTwips: 567);
        doc.Headers(["Nơi nhận:", .. t.Recipients.Select(r => "- " + r)], [t.SignerTitle, "", "", "", t.SignerName]);
        doc.Line("")
            .Line("DANH SÁCH KHEN THƯỞNG", bold: true, align: DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center)
            .Line($"(Kèm theo Quyết định {t.Number.Replace("Số: ", "số ")})", italic: true, align: DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center)
            .Grid(["STT", "Họ tên / tập thể", "Đơn vị", "Hình thức", "Số tiền"],
                t.Awards.Select(a => new[] { a.Ordinal.ToString(), a.Name, a.Unit ?? "", a.Form, a.Prize }))
            .Line($"Tổng cộng: {t.TotalPrize}", bold: true);
        return doc.Build();
    }

    public static byte[] Pdf(DecisionText t)
    {
        var pdf = new PdfWriter("Quyết định " + t.Number);
        HeaderBlock(pdf, t.WardUpper, t.Number, t.PlaceAndDate);
        pdf.Space(14).Line("QUYẾT ĐỊNH", 14, bold: true).Paragraph(t.Subject, 14, bold: true, indent: 0, align: XStringAlignment.Center)
            .Space(8).Line($"CHỦ TỊCH ỦY BAN NHÂN DÂN {t.WardUpper}", 14, bold: true).Space(6);
        foreach (var basis in t.Bases) pdf.Paragraph(basis, 14, italic: true);
        pdf.Space(4).Line("QUYẾT ĐỊNH:", 14, bold: true).Space(4);
        foreach (var article in t.Articles) pdf.Paragraph(article, 14);
        pdf.Space(12);
        var half = (pdf.Width - 30 * 72 / 25.4 - 15 * 72 / 25.4) / 2;
        var left = 30 * 72 / 25.4;
        var top = pdf.Y;
        pdf.Line("Nơi nhận:", 12, bold: true, italic: true, align: XStringAlignment.Near, x: left, width: half);
        foreach (var r in t.Recipients) pdf.Line("- " + r, 11, align: XStringAlignment.Near, x: left, width: half);
        var after = pdf.Y;
        pdf.Y = top;
        pdf.Line(t.SignerTitle, 14, bold: true, x: left + half, width: half).Space(60).Line(t.SignerName, 14, bold: true, x: left + half, width: half);
        pdf.Y = Math.Max(after, pdf.Y);

        pdf.NewPage();
        pdf.Line("DANH SÁCH KHEN THƯỞNG", 14, bold: true).Line($"(Kèm theo Quyết định {t.Number.Replace("Số: ", "số ")})", 13, italic: true).Space(6);
        double[] widths = [30, 150, 110, 120, 75];
        Row(pdf, ["STT", "Họ tên / tập thể", "Đơn vị", "Hình thức", "Số tiền"], widths, bold: true);
        foreach (var a in t.Awards) Row(pdf, [a.Ordinal.ToString(), a.Name, a.Unit ?? "", a.Form, a.Prize], widths, bold: false);
        pdf.Space(4).Line($"Tổng cộng: {t.TotalPrize}", 13, bold: true, align: XStringAlignment.Far);
        return pdf.Build();
    }

    public static byte[] Certificate(CertificateText c)
    {
        var pdf = new PdfWriter("Giấy khen " + c.Name, landscape: true, leftMm: 25, rightMm: 25, topMm: 22, bottomMm: 15);
        Border(pdf);
        var g = pdf.Graphics;
        pdf.Line(Motto[0], 14, bold: true).Line(Motto[1], 14, bold: true);
        pdf.Rule(pdf.Width / 2 - 80, pdf.Width / 2 + 80, pdf.Y + 1);
        pdf.Space(14).Line(c.Giver, 17, bold: true).Space(4).Line(c.Verb, 16, bold: true).Space(2);
        pdf.Line(c.Title, 44, bold: true).Space(6);
        pdf.Line(c.Name, 26, bold: true, italic: true);
        if (c.Unit is { Length: > 0 } unit) pdf.Line(unit, 16, italic: true);
        pdf.Space(4).Paragraph(c.Achievement, 16, italic: true, indent: 0, x: 70 * 72 / 25.4, width: pdf.Width - 140 * 72 / 25.4, align: XStringAlignment.Center);
        var bottom = pdf.Height - 62 * 72 / 25.4;
        var column = (pdf.Width - 50 * 72 / 25.4) / 2;
        var x = 25 * 72 / 25.4;
        pdf.Line(c.DecisionLine, 13, x: x, width: column, y: bottom + 24);
        pdf.Line(c.RegisterLine, 13, x: x, width: column, y: bottom + 42);
        pdf.Line(c.PlaceAndDate, 13, italic: true, x: x + column, width: column, y: bottom);
        pdf.Line(c.SignerTitle, 14, bold: true, x: x + column, width: column, y: bottom + 18);
        pdf.Line(c.SignerName, 14, bold: true, x: x + column, width: column, y: bottom + 100);
        _ = g;
        return pdf.Build();
    }

    private static void HeaderBlock(PdfWriter pdf, string ward, string number, string placeAndDate)
    {
        var left = 20 * 72 / 25.4;
        var leftWidth = 75 * 72 / 25.4;
        var rightX = left + leftWidth;
        var rightWidth = pdf.Width - rightX - 12 * 72 / 25.4;
        var top = pdf.Y;
        pdf.Line("ỦY BAN NHÂN DÂN", 13, bold: true, x: left, width: leftWidth, y: top);
        pdf.Line(ward, 13, bold: true, x: left, width: leftWidth, y: top + 16);
        pdf.Rule(left + leftWidth / 2 - 25, left + leftWidth / 2 + 25, top + 34);
        pdf.Line(number, 13, x: left, width: leftWidth, y: top + 42);
        pdf.Line(Motto[0], 12.5, bold: true, x: rightX, width: rightWidth, y: top);
        pdf.Line(Motto[1], 13.5, bold: true, x: rightX, width: rightWidth, y: top + 16);
        pdf.Rule(rightX + rightWidth / 2 - 75, rightX + rightWidth / 2 + 75, top + 34);
        pdf.Line(placeAndDate, 13.5, italic: true, x: rightX, width: rightWidth, y: top + 42);
        pdf.Y = top + 62;
    }

    private static void Row(PdfWriter pdf, string[] cells, double[] widths, bool bold)
    {
        if (pdf.Y + 20 > pdf.Height - 20 * 72 / 25.4) pdf.NewPage();
        var x = 30 * 72 / 25.4;
        var top = pdf.Y;
        var lines = 1;
        for (var i = 0; i < cells.Length; i++)
        {
            var font = pdf.Font(11.5, bold);
            var text = cells[i];
            // Long names wrap to a second line in their cell.
            var first = text;
            var rest = "";
            while (pdf.Graphics.MeasureString(first, font).Width > widths[i] - 4 && first.Contains(' '))
            {
                var cut = first.LastIndexOf(' ');
                rest = first[(cut + 1)..] + (rest.Length > 0 ? " " + rest : "");
                first = first[..cut];
            }
            pdf.Line(first, 11.5, bold, align: i is 0 ? XStringAlignment.Center : i is 4 ? XStringAlignment.Far : XStringAlignment.Near, x: x + 2, width: widths[i] - 4, y: top + 2);
            if (rest.Length > 0)
            {
                pdf.Line(rest, 11.5, bold, align: XStringAlignment.Near, x: x + 2, width: widths[i] - 4, y: top + 16);
                lines = 2;
            }
            x += widths[i];
        }
        var height = lines * 14.5 + 4;
        var pen = new XPen(XColors.Black, 0.5);
        var left = 30 * 72 / 25.4;
        pdf.Graphics.DrawRectangle(pen, left, top, widths.Sum(), height);
        var cx = left;
        foreach (var w in widths[..^1]) { cx += w; pdf.Graphics.DrawLine(pen, cx, top, cx, top + height); }
        pdf.Y = top + height;
    }

    private static void Border(PdfWriter pdf)
    {
        var g = pdf.Graphics;
        var red = XColor.FromArgb(170, 30, 30);
        var gold = XColor.FromArgb(190, 150, 40);
        g.DrawRectangle(new XPen(red, 6), 18, 18, pdf.Width - 36, pdf.Height - 36);
        g.DrawRectangle(new XPen(gold, 1.5), 28, 28, pdf.Width - 56, pdf.Height - 56);
        foreach (var (x, y) in new[] { (28.0, 28.0), (pdf.Width - 28, 28.0), (28.0, pdf.Height - 28), (pdf.Width - 28, pdf.Height - 28) })
            g.DrawEllipse(new XSolidBrush(gold), x - 6, y - 6, 12, 12);
    }
}
