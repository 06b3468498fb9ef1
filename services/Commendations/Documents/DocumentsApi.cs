using WardPlatform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Decisions;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Register;
using WardPlatform.Commendations.Rules;

namespace WardPlatform.Commendations.Documents;

/// <summary>The generated documents: the decision (.docx, .pdf), each certificate (.pdf), a nomination's tờ trình and biên bản (.docx), the Excel lists.</summary>
public static class DocumentsApi
{
    public static async Task<Results<FileContentHttpResult, NotFound>> DecisionAsync(Guid id, string format, CommendationsDbContext db, WardNames wards, CancellationToken ct)
    {
        var decision = await db.Decisions.AsNoTracking().Include(d => d.Awards).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null || format is not ("docx" or "pdf")) return TypedResults.NotFound();
        var round = await db.Rounds.AsNoTracking().FirstAsync(r => r.Id == decision.RoundId, ct);
        var text = DecisionTexts.Decision(decision, wards.Of(decision.TenantCode), wards.PlaceOf(decision.TenantCode), round.PlanNumber);
        var name = $"quyet-dinh-{decision.Sequence:D2}-{decision.Year}.{format}";
        return format == "docx"
            ? TypedResults.File(DecisionDocuments.Docx(text), DocxWriter.ContentType, name)
            : TypedResults.File(DecisionDocuments.Pdf(text), PdfWriter.ContentType, name);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> CertificateAsync(Guid id, Guid awardId, CommendationsDbContext db, WardNames wards, CancellationToken ct)
    {
        var decision = await db.Decisions.AsNoTracking().Include(d => d.Awards).FirstOrDefaultAsync(d => d.Id == id, ct);
        var award = decision?.Awards.FirstOrDefault(a => a.Id == awardId);
        if (decision is null || award is null) return TypedResults.NotFound();
        var pdf = DecisionDocuments.Certificate(DecisionTexts.Certificate(decision, award, wards.Of(decision.TenantCode), wards.PlaceOf(decision.TenantCode)));
        return TypedResults.File(pdf, PdfWriter.ContentType, $"giay-khen-{award.RegisterNumber.Replace('/', '-')}.pdf");
    }

    /// <summary>The tờ trình (submission with the list of nominees) or the biên bản (minutes with the vote), generated from what was entered.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> DossierAsync(Guid id, string part, CommendationsDbContext db, RuleBook book,
        WardNames wards, TimeProvider clock, CancellationToken ct)
    {
        var n = await db.Nominations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null || part is not ("to-trinh" or "bien-ban")) return TypedResults.NotFound();
        var rule = await book.RuleAsync(n.ProvinceCode, n.Form, n.RecipientKind, n.SubmittedOn, ct);
        var formName = rule?.Name ?? n.Form;
        var place = wards.PlaceOf(n.TenantCode);
        var date = DecisionTexts.PlaceAndDate(place, part == "to-trinh" ? n.SubmittedOn : n.MeetingOn);
        var doc = new DocxWriter().Headers([WardNames.Upper(wards.Of(n.TenantCode)), WardNames.Upper(n.NominatingUnit)], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", date]);
        var center = DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center;
        if (part == "to-trinh")
        {
            doc.Line("").Line("TỜ TRÌNH", bold: true, align: center).Line($"Về việc đề nghị tặng {formName}", bold: true, align: center)
                .Line($"Kính gửi: Chủ tịch Ủy ban nhân dân {wards.Of(n.TenantCode)}.", align: center)
                .Line($"Căn cứ kết quả họp bình xét ngày {VietnamClock.Show(n.MeetingOn)}, {n.NominatingUnit} đề nghị tặng {formName} cho:", indentTwips: 567)
                .Grid(["STT", "Họ tên / tập thể", "Đơn vị", "Thành tích"], [["1", n.RecipientName, n.RecipientUnit ?? "", n.Achievement]])
                .Line("Kính trình Chủ tịch Ủy ban nhân dân phường xem xét, quyết định./.", indentTwips: 567);
        }
        else
        {
            var ballot = n.SecretBallot ? "bỏ phiếu kín" : "biểu quyết công khai";
            doc.Line("").Line("BIÊN BẢN", bold: true, align: center).Line($"Họp bình xét đề nghị tặng {formName}", bold: true, align: center)
                .Line($"Thời gian: ngày {VietnamClock.Show(n.MeetingOn)}. Đơn vị: {n.NominatingUnit}.", indentTwips: 567)
                .Line($"Tổng số thành viên: {n.Members}; có mặt: {n.Present}; vắng mặt: {n.Members - n.Present}.", indentTwips: 567)
                .Line($"Hình thức: {ballot}. Kết quả đối với {n.RecipientName}: đồng ý {n.VotesFor}, không đồng ý {n.VotesAgainst}, không biểu quyết {n.VotesAbstaining} ({(n.Members == 0 ? 0 : 100m * n.VotesFor / n.Members):0.#}% tổng số thành viên).", indentTwips: 567);
            if (n.Recused.Count > 0) doc.Line($"Không tham gia biểu quyết (liên quan trực tiếp): {string.Join(", ", n.Recused)}.", indentTwips: 567);
            doc.Line("Biên bản kết thúc cùng ngày, các thành viên thống nhất nội dung trên./.", indentTwips: 567);
        }
        return TypedResults.File(doc.Build(), DocxWriter.ContentType, $"{part}-{n.Id:N}.docx");
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> RoundAwardsAsync(Guid id, CommendationsDbContext db, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return TypedResults.NotFound();
        var rows = new List<object[]>();
        var decision = await db.Decisions.AsNoTracking().Include(d => d.Awards).FirstOrDefaultAsync(d => d.RoundId == id, ct);
        if (decision is not null)
            rows.AddRange(decision.Awards.OrderBy(a => a.Ordinal).Select(a => new object[] { a.Ordinal, a.RecipientName, a.RecipientUnit ?? "", a.FormName, a.PrizeAmount }));
        else
        {
            var names = await db.AwardRules.AsNoTracking().Select(r => new { r.Form, r.RecipientKind, r.Name }).ToListAsync(ct);
            var nominations = await db.Nominations.AsNoTracking().Where(n => n.RoundId == id && n.State != NominationState.Rejected).OrderBy(n => n.CreatedAt).ToListAsync(ct);
            rows.AddRange(nominations.Select((n, i) => new object[] { i + 1, n.RecipientName, n.RecipientUnit ?? n.NominatingUnit,
                names.FirstOrDefault(r => r.Form == n.Form && r.RecipientKind == n.RecipientKind)?.Name ?? n.Form, "" }));
        }
        var title = decision is null ? $"Danh sách đề nghị khen thưởng: {round.Title}" : $"Danh sách khen thưởng kèm Quyết định số {decision.Number}";
        return TypedResults.File(SimpleWorkbook.Build("Khen thưởng", title, ["STT", "Họ tên / tập thể", "Đơn vị", "Hình thức", "Số tiền"], rows),
            SimpleWorkbook.ContentType, $"khen-thuong-{round.Id:N}.xlsx");
    }

    public static async Task<FileContentHttpResult> RegisterAsync(int? year, CommendationsDbContext db, CancellationToken ct)
    {
        var decisions = await db.Decisions.AsNoTracking().Include(d => d.Awards).Where(d => year == null || d.Year == year)
            .OrderBy(d => d.Year).ThenBy(d => d.Sequence).ToListAsync(ct);
        var rows = decisions.SelectMany(d => d.Awards.OrderBy(a => a.Ordinal).Select(a => new object[]
        {
            a.RegisterNumber, a.RecipientName, a.RecipientUnit ?? "", a.FormName, a.PrizeAmount, d.Number, VietnamClock.Show(d.DecidedOn), a.Revoked ? "Đã hủy" : "",
        }));
        return TypedResults.File(SimpleWorkbook.Build("Sổ vàng", "Sổ vàng khen thưởng", ["Số sổ vàng", "Họ tên / tập thể", "Đơn vị", "Hình thức", "Số tiền",
            "Quyết định", "Ngày", "Ghi chú"], rows), SimpleWorkbook.ContentType, "so-vang.xlsx");
    }
}
