using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WardPlatform.Http;
using WardPlatform.Http.Workbooks;
using WardPlatform.Targets.Tracking;
using static WardPlatform.Http.Workbooks.ReportStyles;

namespace WardPlatform.Targets.Board;

/// <summary>
/// A board (a plan's, or a unit's across plans) as the official report (báo cáo) a ward or the province signs and sends,
/// in the layout of Nghị định 30/2020/NĐ-CP: the issuing body and "Số: /BC-UBND" on the left, the national motto and
/// "Tam Phước, ngày 02 tháng 12 năm 2026" on the right, "BÁO CÁO" and its subject; I. the targets by status (a sentence
/// and a small table); II. the table, a bold row per group (a theme of the plan, or a plan of the unit) with STT restarting
/// under each, figures and dates stored as numbers with their formats; then "Nơi nhận" and the signature block.
/// Printed on A4 landscape, one page wide, the table's header repeated on every page.
/// </summary>
public static class BoardWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Báo cáo chỉ tiêu";
    public const string DocumentNumber = "Số:      /BC-UBND";
    public static readonly string[] Headers =
        ["STT", "Nội dung chỉ tiêu", "Chỉ tiêu", "Mức chỉ tiêu", "Kết quả", "Đơn vị tính", "Ngày báo cáo", "Đơn vị chủ trì", "Tình trạng", "Ghi chú"];
    /// <summary>The rows of the heading and the status summary, fixed; the table starts below <see cref="HeaderRow"/>.</summary>
    public const int TitleRow = 5, SubjectRow = 6, SummaryRow = 9, StatusHeaderRow = 10, HeaderRow = 19;
    public static readonly TargetStatus[] StatusOrder = [TargetStatus.Achieved, TargetStatus.OnTrack, TargetStatus.AtRisk, TargetStatus.Missed];
    public const string NotReported = "Chưa báo cáo";
    private static readonly double[] Widths = [6, 50, 22, 11, 11, 12, 13, 26, 14, 40];
    private const int Last = 9, LeftBlockEnd = 2, RightBlockStart = 3;

    public static byte[] Build(BoardReport report, DateOnly today)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = ReportStyles.Stylesheet();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();

            Letterhead(data, merges, report, today);
            var targets = report.Groups.SelectMany(g => g.Targets).ToList();
            Summary(data, merges, targets);
            var row = Table(data, merges, report);
            Closing(data, merges, report, row + 2);

            sheetPart.Worksheet = PrintedSheet.Of(Widths, data, merges);
            workbook.Workbook.Append(
                new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }),
                new DefinedNames(PrintedSheet.PrintTitles(0, SheetName, HeaderRow, HeaderRow)));
        }
        return stream.ToArray();
    }

    /// <summary>"Tổng số 44 chỉ tiêu: 3 đạt, 20 đúng tiến độ, 15 có nguy cơ, 6 không đạt, 30 chưa báo cáo."</summary>
    public static string SummaryOf(IReadOnlyCollection<Target> targets) =>
        $"Tổng số {targets.Count} chỉ tiêu: "
        + string.Join(", ", StatusOrder.Select(s => $"{targets.Count(t => t.Status == s)} {Lower(TargetStatuses.Label(s))}"))
        + $", {targets.Count(t => t.LatestValue is null)} {Lower(NotReported)}.";

    private static void Letterhead(SheetData data, MergeCells merges, BoardReport report, DateOnly today)
    {
        SheetCells.AddRow(data, 1, (0, "UBND " + AdministrativeDocument.Upper(report.IssuerName), BoldCentered), (RightBlockStart, AdministrativeDocument.Motto, BoldCentered));
        SheetCells.AddRow(data, 2, (0, DocumentNumber, Centered), (RightBlockStart, AdministrativeDocument.MottoLine, BoldCentered));
        SheetCells.AddRow(data, 3, (RightBlockStart, AdministrativeDocument.PlaceAndDate(AdministrativeDocument.PlaceOf(report.IssuerName), today), ItalicCentered));
        SheetCells.AddRow(data, TitleRow, (0, "BÁO CÁO", Heading));
        var subject = SheetCells.AddRow(data, SubjectRow, (0, report.Subject, Subject));
        subject.Height = 36;
        subject.CustomHeight = true;
        foreach (var r in new uint[] { 1, 2, 3 })
        {
            if (r < 3) merges.Append(SheetCells.Merge(r, 0, LeftBlockEnd));
            merges.Append(SheetCells.Merge(r, RightBlockStart, Last));
        }
        merges.Append(SheetCells.Merge(TitleRow, 0, Last), SheetCells.Merge(SubjectRow, 0, Last));
    }

    private static void Summary(SheetData data, MergeCells merges, IReadOnlyList<Target> targets)
    {
        SheetCells.AddRow(data, SummaryRow - 1, (0, "I. TÌNH HÌNH THỰC HIỆN CHỈ TIÊU", BoldLeft));
        SheetCells.AddRow(data, SummaryRow, (0, SummaryOf(targets), Paragraph));
        merges.Append(SheetCells.Merge(SummaryRow, 0, Last));
        SheetCells.AddRow(data, StatusHeaderRow, (1, "Tình trạng", TableHeader), (2, "Số chỉ tiêu", TableHeader), (3, "Tỷ lệ", TableHeader));
        var row = (uint)StatusHeaderRow;
        (object, uint) Share(int count) => targets.Count == 0 ? ("", Body) : ReportStyles.Figure(100m * count / targets.Count, percent: true);
        foreach (var status in StatusOrder)
        {
            var count = targets.Count(t => t.Status == status);
            var (share, style) = Share(count);
            SheetCells.AddRow(data, ++row, (1, TargetStatuses.Label(status), Body), (2, count, Quantity), (3, share, style));
        }
        SheetCells.AddRow(data, ++row, (1, "Tổng cộng", BoldBody), (2, targets.Count, BoldNumber), (3, targets.Count == 0 ? "" : 1m, BoldPercent));
        var notReported = targets.Count(t => t.LatestValue is null);
        var (part, partStyle) = Share(notReported);
        SheetCells.AddRow(data, ++row, (1, $"Trong đó: {Lower(NotReported)}", Body), (2, notReported, Quantity), (3, part, partStyle));
    }

    /// <summary>The table: its header, then per group a bold row (its number and title) and its targets, STT from 1. The last row's number.</summary>
    private static uint Table(SheetData data, MergeCells merges, BoardReport report)
    {
        SheetCells.AddRow(data, HeaderRow - 1, (0, report.DetailHeading, BoldLeft));
        SheetCells.AddRow(data, HeaderRow, Headers.Select((h, i) => (i, (object)h, TableHeader)).ToArray());
        var row = (uint)HeaderRow;
        foreach (var group in report.Groups)
        {
            row++;
            SheetCells.AddRow(data, row, [(0, group.Number, GroupRow), (1, group.Title, GroupRow), .. Enumerable.Range(2, Last - 1).Select(c => (c, (object)"", GroupRow))]);
            merges.Append(SheetCells.Merge(row, 1, Last));
            var number = 0;
            foreach (var t in group.Targets)
                SheetCells.AddRow(data, ++row, TargetCells(++number, t));
        }
        return row;
    }

    private static (int, object, uint)[] TargetCells(int number, Target t)
    {
        var percent = t.Unit == "%" && t.Kind != TargetKind.Rank;
        (object, uint) Figure(decimal? value, bool isPercent) => value is { } v ? ReportStyles.Figure(v, isPercent) : ("", Body);
        var (threshold, thresholdStyle) = Figure(ThresholdFigure(t), percent);
        var (result, resultStyle) = Figure(t.LatestValue, ResultUnit(t) == "%");
        return
        [
            (0, number, Ordinal), (1, t.Text, Body), (2, TargetDto.ThresholdOf(t), Body), (3, threshold, thresholdStyle), (4, result, resultStyle),
            (5, t.Kind == TargetKind.Rank ? "thứ hạng" : t.Unit, Body),
            (6, t.LatestReportedOn is { } d ? d : "", t.LatestReportedOn is null ? Body : Date),
            (7, OwnerOf(t), Body), (8, TargetStatuses.Label(t.Status), Body), (9, t.StatusReason, Body),
        ];
    }

    /// <summary>"Văn phòng HĐND-UBND" and, on the next line, the person in charge; a target no unit was given says so.</summary>
    public static string OwnerOf(Target t) =>
        (t.OwnerUnit is { Length: > 0 } unit ? unit : BoardQueries.NoOwner) + (t.OwnerPerson is { Length: > 0 } person ? "\n" + person : "");

    /// <summary>The threshold as one figure where it is one: not a range, nor stages with more than one figure.</summary>
    public static decimal? ThresholdFigure(Target t) => t.Kind switch
    {
        TargetKind.Range => null,
        TargetKind.Staged when t.Stages.Count > 1 => null,
        TargetKind.Staged when t.Stages.Count == 1 => t.Stages[0].Value,
        _ => t.Value,
    };

    // A rank is a place and a reduction is reported as the measured level: neither takes the threshold's unit.
    private static string ResultUnit(Target t) => t.Kind is TargetKind.Rank or TargetKind.Reduction ? "" : t.Unit;

    private static void Closing(SheetData data, MergeCells merges, BoardReport report, uint row)
    {
        string[] signature = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
        string[] recipients = ["Nơi nhận:", .. report.Recipients];
        var lines = Math.Max(recipients.Length, signature.Length);
        for (var i = 0; i < lines; i++)
        {
            var r = row + (uint)i;
            var cells = new List<(int, object, uint)>();
            if (i < recipients.Length) cells.Add((0, recipients[i], i == 0 ? BoldItalic : Small));
            if (i < signature.Length) cells.Add((RightBlockStart + 3, signature[i], BoldCentered));
            SheetCells.AddRow(data, r, [.. cells]);
            if (i < recipients.Length) merges.Append(SheetCells.Merge(r, 0, LeftBlockEnd));
            if (i < signature.Length) merges.Append(SheetCells.Merge(r, RightBlockStart + 3, Last));
        }
    }

    private static string Lower(string label) => label.ToLower(VietnamClock.Culture);
}

/// <summary>A bold row of the table ("II.1" and the theme's title, or "I" and a plan) and its targets.</summary>
public sealed record BoardGroup(string Number, string Title, IReadOnlyList<Target> Targets);

/// <summary>
/// What a board's report says: the issuing ward or province by name ("Phường Tam Phước"), the subject line under
/// "BÁO CÁO", the heading of the table's section, its groups, and the recipients ("- UBND tỉnh Đồng Nai;", "- Lưu: VT.").
/// </summary>
public sealed record BoardReport(string IssuerName, string Subject, string DetailHeading, IReadOnlyList<BoardGroup> Groups, IReadOnlyList<string> Recipients);
