using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using WardPlatform.Commendations.Decisions;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Posting;
using WardPlatform.Contracts.Events;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Commendations;

/// <summary>From nomination to the numbered decision and its certificates, with the checks, the public posting and the events.</summary>
public sealed class CommendationPathTests(TestServers servers) : CommendationsServiceTests(servers)
{
    [Fact]
    public async Task A_discipline_record_blocks_the_nominee_with_its_reason_and_the_appraiser_cannot_accept()
    {
        var round = await CreateRoundAsync();
        using var record = await Admin.PostAsJsonAsync("/conduct-records", new
        {
            subjectName = "Nguyễn Văn Tuấn", kind = "discipline", detail = "khiển trách", from = "2026-03-02", to = "2026-09-02",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Officer.PostAsJsonAsync("/conduct-records", new { subjectName = "X", kind = "discipline", detail = "x", from = "2026-01-01" }, Ct)).StatusCode);

        // Written without diacritics in the nomination: still the same person.
        var nomination = await NominateAsync(round.Id, Nomination("Nguyen Van Tuan"));
        var conduct = nomination.Checks.Single(c => c.Code == "conduct");
        Assert.False(conduct.Passed);
        Assert.Contains("Kỷ luật (khiển trách) từ 02/03/2026", conduct.Reason);
        Assert.False(nomination.Eligible);

        var queue = await Appraiser.GetFromJsonAsync<List<NominationDto>>($"/nominations?roundId={round.Id}", Json, Ct);
        Assert.Contains("khiển trách", queue!.Single().Checks.Single(c => c.Code == "conduct").Reason);
        using var accept = await Appraiser.PostAsJsonAsync($"/nominations/{nomination.Id}/appraise", new { verdict = "accept" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, accept.StatusCode);
        Assert.Contains("not_eligible", await accept.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Submitted", (await Appraiser.GetFromJsonAsync<NominationDto>($"/nominations/{nomination.Id}", Json, Ct))!.State);
    }

    [Fact]
    public async Task The_vote_threshold_of_the_rule_and_a_recused_member_are_shown()
    {
        var round = await CreateRoundAsync([new { form = "chien-si-thi-dua-co-so", recipientKind = "individual", maxCount = 3 }]);
        var below = await NominateAsync(round.Id, Nomination("Võ Thị Lan", form: "chien-si-thi-dua-co-so", members: 10, present: 10, votesFor: 7, against: 3,
            secret: true, links: ["/targets/abc"]));
        var vote = below.Checks.Single(c => c.Code == "vote");
        Assert.False(vote.Passed);
        Assert.Contains("7/10", vote.Reason);
        Assert.Contains("80", vote.Reason);

        string[] council = ["Võ Văn Hùng", "Trần Thị Thu", "Lý Văn Nam", "Đặng Văn Sơn", "Hồ Thị Yến"];
        var recused = await NominateAsync(round.Id, Nomination("Võ Văn Hùng", form: "chien-si-thi-dua-co-so", present: 5, votesFor: 4, against: 0,
            secret: true, links: ["/targets/abc"], memberNames: council));
        Assert.Equal(["Võ Văn Hùng"], recused.Recused);
        Assert.True(recused.Checks.Single(c => c.Code == "vote").Passed); // 4 of 5 members: 80 %
        using var tooMany = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", Nomination("Trần Thị Thu", form: "chien-si-thi-dua-co-so",
            present: 5, votesFor: 5, against: 0, secret: true, links: ["/targets/abc"], memberNames: council), Ct);
        Assert.Contains("votes_exceed", await tooMany.Content.ReadAsStringAsync(Ct)); // she may not vote on herself
    }

    [Fact]
    public async Task Nomination_to_decision_numbers_it_pays_by_the_rule_posts_publicly_and_publishes_the_events()
    {
        var round = await CreateRoundAsync();
        var person = await NominateAsync(round.Id, Nomination("Nguyễn Thị Ánh Tuyết"));
        var collective = await NominateAsync(round.Id, Nomination("Khu phố Tân Cang", kind: "collective"));
        var returned = await NominateAsync(round.Id, Nomination("Bùi Văn Đức"));
        Assert.Equal(new DateOnly(2026, 6, 29), person.AppraisalDue); // 20 working days from Monday 1 June

        await AppraiseAsync(person.Id);
        await AppraiseAsync(collective.Id);
        var back = await AppraiseAsync(returned.Id, "return", "Thiếu số liệu minh chứng kết quả công tác.");
        Assert.Equal(new DateOnly(2026, 6, 8), back.ResubmitDue); // 5 working days
        Assert.Contains("Thiếu số liệu", (await OutboxPayloadsAsync<DossierReturned>()).Single());
        using var resubmitted = await Officer.PostAsJsonAsync($"/nominations/{returned.Id}/resubmit", new { evidenceLinks = new[] { "https://example.invalid/ket-qua" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        await AppraiseAsync(returned.Id, "reject", "Thành tích không thuộc kỳ thi đua.");

        var anonymous = Service.ClientAs(null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/rounds/{round.Id}", Ct)).StatusCode);
        using (var early = await Chairman.PostAsJsonAsync($"/rounds/{round.Id}/decide", new { signerName = "Nguyễn Văn Chủ" }, Ct))
            Assert.Contains("not_posted", await early.Content.ReadAsStringAsync(Ct));

        using (var post = await Appraiser.PostAsJsonAsync($"/rounds/{round.Id}/post", new { days = 10 }, Ct)) Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var posted = await anonymous.GetFromJsonAsync<PublicRound>($"/public/rounds/{round.Id}", Json, Ct);
        Assert.Equal(["Nguyễn Thị Ánh Tuyết", "Khu phố Tân Cang"], posted!.Nominees.Select(n => n.RecipientName));
        Assert.Single((await anonymous.GetFromJsonAsync<List<PublicRound>>($"/public/wards/{WardPlatform.Testing.TestUser.TamPhuoc}/rounds", Json, Ct))!);
        using (var objection = await anonymous.PostAsJsonAsync($"/public/rounds/{round.Id}/objections",
                   new { text = "Khu phố còn điểm tập kết rác tự phát.", nominationId = collective.Id }, Ct))
            Assert.Equal(HttpStatusCode.Created, objection.StatusCode);

        Clock.Advance(TimeSpan.FromDays(9)); // the 10th day of posting: still shown, no decision yet
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/public/rounds/{round.Id}", Ct)).StatusCode);
        using (var during = await Chairman.PostAsJsonAsync($"/rounds/{round.Id}/decide", new { signerName = "Nguyễn Văn Chủ" }, Ct))
            Assert.Contains("posting_not_over", await during.Content.ReadAsStringAsync(Ct));
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/rounds/{round.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync($"/public/rounds/{round.Id}/objections", new { text = "muộn" }, Ct)).StatusCode);
        using (var unanswered = await Chairman.PostAsJsonAsync($"/rounds/{round.Id}/decide", new { signerName = "Nguyễn Văn Chủ" }, Ct))
            Assert.Contains("objections_unanswered", await unanswered.Content.ReadAsStringAsync(Ct));
        var objections = await Appraiser.GetFromJsonAsync<List<ObjectionDto>>($"/rounds/{round.Id}/objections", Json, Ct);
        using (var answer = await Appraiser.PostAsJsonAsync($"/rounds/{round.Id}/objections/{objections!.Single().Id}/answer",
                   new { answer = "Đã kiểm tra: điểm rác đã được xử lý ngày 05/06/2026." }, Ct))
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        var decision = await DecideAsync(round.Id);
        Assert.Equal("01/QĐ-UBND", decision.Number);
        Assert.Equal(new DateOnly(2026, 6, 11), decision.DecidedOn);
        Assert.Equal([700_000m, 1_400_000m], decision.Awards.Select(a => a.PrizeAmount)); // 0.3 and 0.6 × 2,340,000
        Assert.Equal(["01/2026", "02/2026"], decision.Awards.Select(a => a.RegisterNumber));
        var decided = (await OutboxPayloadsAsync<CommendationDecided>()).Single();
        Assert.Contains("01/QĐ-UBND", decided);
        Assert.Contains("Khu phố Tân Cang", decided);
        Assert.Equal(3, (await OutboxPayloadsAsync<NominationSubmitted>()).Count);
        using (var again = await Chairman.PostAsJsonAsync($"/rounds/{round.Id}/decide", new { signerName = "Nguyễn Văn Chủ" }, Ct))
            Assert.Contains("already_decided", await again.Content.ReadAsStringAsync(Ct));

        var register = await Officer.GetFromJsonAsync<List<AwardDto>>("/register?year=2026", Json, Ct);
        Assert.Equal(2, register!.Count);
        Assert.All(register, a => Assert.Equal("01/QĐ-UBND", a.DecisionNumber));

        // The certificate, read back with a PDF text extractor: every diacritic, the font embedded.
        var award = decision.Awards.First();
        var pdf = await Officer.GetByteArrayAsync($"/decisions/{decision.Id}/awards/{award.Id}/giay-khen.pdf", Ct);
        var text = PdfText(pdf);
        Assert.Contains("GIẤY KHEN", text);
        Assert.Contains("Nguyễn Thị Ánh Tuyết", text);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TAM PHƯỚC", text);
        Assert.Contains("Quyết định số 01/QĐ-UBND ngày 11/06/2026", text);
        Assert.Contains("Số sổ vàng: 01/2026", text);
        AssertFontsEmbedded(pdf);
        using (var certificate = PdfDocument.Open(pdf))
            Assert.True(certificate.GetPage(1).Width > certificate.GetPage(1).Height, "A4 landscape");

        var decisionPdf = await Officer.GetByteArrayAsync($"/decisions/{decision.Id}/quyet-dinh.pdf", Ct);
        var decisionText = PdfText(decisionPdf);
        Assert.Contains("ỦY BAN NHÂN DÂN", decisionText);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", decisionText);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", decisionText);
        Assert.Contains("Số: 01/QĐ-UBND", decisionText);
        Assert.Contains("Điều 3.", decisionText);
        Assert.Contains("Khu phố Tân Cang", decisionText);
        AssertFontsEmbedded(decisionPdf);
        var docx = await Officer.GetByteArrayAsync($"/decisions/{decision.Id}/quyet-dinh.docx", Ct);
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var body = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("QUYẾT ĐỊNH", body);
            Assert.Contains("Nguyễn Thị Ánh Tuyết", body);
            Assert.Contains("Nơi nhận:", body);
        }
        var minutes = await Officer.GetByteArrayAsync($"/nominations/{person.Id}/bien-ban.docx", Ct);
        using (var word = WordprocessingDocument.Open(new MemoryStream(minutes), false))
            Assert.Contains("đồng ý 8, không đồng ý 1", word.MainDocumentPart!.Document.Body!.InnerText);

        // Revoked with a reason: the prize to recover is recorded and announced.
        using (var officerRevoke = await Officer.PostAsJsonAsync($"/decisions/{decision.Id}/revoke", new { reason = "x" }, Ct))
            Assert.Equal(HttpStatusCode.Forbidden, officerRevoke.StatusCode);
        using var revoke = await Chairman.PostAsJsonAsync($"/decisions/{decision.Id}/revoke", new { reason = "Hồ sơ kê khai không trung thực." }, Ct);
        var revoked = (await revoke.Content.ReadFromJsonAsync<DecisionDto>(Json, Ct))!;
        Assert.Equal(2_100_000m, revoked.PrizeToRecover);
        Assert.Contains("2100000", (await OutboxPayloadsAsync<CommendationRevoked>()).Single());
        Assert.All((await Officer.GetFromJsonAsync<List<AwardDto>>("/register", Json, Ct))!, a => Assert.True(a.Revoked));
    }

    [Fact]
    public async Task Twenty_decisions_signed_at_once_get_twenty_consecutive_numbers()
    {
        var rounds = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var round = await CreateRoundAsync();
            var nomination = await NominateAsync(round.Id, Nomination($"Cá nhân số {i + 1}"));
            await AppraiseAsync(nomination.Id);
            using var post = await Appraiser.PostAsJsonAsync($"/rounds/{round.Id}/post", new { days = 1 }, Ct);
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
            rounds.Add(round.Id);
        }
        Clock.Advance(TimeSpan.FromDays(1));

        var responses = await Task.WhenAll(rounds.Select(async id =>
        {
            using var client = Service.ClientAs(WardPlatform.Testing.TestUser.WardChairman());
            using var response = await client.PostAsJsonAsync($"/rounds/{id}/decide", new { signerName = "Nguyễn Văn Chủ" }, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            return (await response.Content.ReadFromJsonAsync<DecisionDto>(Json, Ct))!;
        }));
        Assert.Equal(Enumerable.Range(1, 20), responses.Select(d => d.Sequence).Order());
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"{n:D2}/2026"), responses.Select(d => d.Awards.Single().RegisterNumber).Order());
        Assert.Equal(20, await Service.QueryAsync(db => db.Decisions.Select(d => d.Number).Distinct().CountAsync()));
    }

    [Fact]
    public async Task A_province_award_is_sent_up_as_one_package_and_its_result_tracked()
    {
        var round = await CreateRoundAsync([]);
        var nomination = await NominateAsync(round.Id, Nomination("Trường Tiểu học Tam Phước", kind: "collective", form: "bang-khen-tinh",
            links: ["/targets/so-hoa-100"]));
        await AppraiseAsync(nomination.Id);
        using (var officer = await Officer.PostAsync($"/nominations/{nomination.Id}/upward", null, Ct))
            Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        using var sent = await Chairman.PostAsync($"/nominations/{nomination.Id}/upward", null, Ct);
        Assert.Equal("ProposedUpward", (await sent.Content.ReadFromJsonAsync<NominationDto>(Json, Ct))!.State);
        Assert.Contains("Trường Tiểu học Tam Phước", (await OutboxPayloadsAsync<CommendationProposedUpward>()).Single());

        var zip = await Officer.GetByteArrayAsync($"/nominations/{nomination.Id}/package.zip", Ct);
        using (var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip)))
        {
            Assert.Equal(["danh-muc-ho-so.txt", "to-trinh.docx", "bien-ban.docx", "bao-cao-thanh-tich.txt"], archive.Entries.Select(e => e.Name));
            using var cover = new StreamReader(archive.Entries[0].Open());
            Assert.Contains("/targets/so-hoa-100", await cover.ReadToEndAsync(Ct));
        }
        using var result = await Chairman.PostAsJsonAsync($"/nominations/{nomination.Id}/upward-result", new { result = "approved", note = "QĐ số 45/QĐ-UBND tỉnh" }, Ct);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("approved", await Service.QueryAsync(db => db.Nominations.Where(n => n.Id == nomination.Id).Select(n => n.UpwardResult).SingleAsync()));

        // A ward-level award is the chairman's own decision, never sent up.
        var local = await NominateAsync(round.Id, Nomination("Lê Văn Phúc"));
        await AppraiseAsync(local.Id);
        using var refused = await Chairman.PostAsync($"/nominations/{local.Id}/upward", null, Ct);
        Assert.Contains("not_upward", await refused.Content.ReadAsStringAsync(Ct));
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
            text.AppendLine(string.Join(' ', page.GetWords().Select(w => w.Text)));
        return text.ToString().Normalize(NormalizationForm.FormC);
    }

    private static void AssertFontsEmbedded(byte[] pdf)
    {
        // Every font the PDF names is Liberation Serif, and each carries its font program (FontFile2: TrueType).
        var raw = Encoding.Latin1.GetString(pdf);
        var fonts = System.Text.RegularExpressions.Regex.Matches(raw, @"/BaseFont\s*/([^/\s>]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, name => Assert.Contains("Liberation", name));
        var descriptors = System.Text.RegularExpressions.Regex.Matches(raw, @"/Type\s*/FontDescriptor").Count;
        Assert.True(descriptors > 0 && System.Text.RegularExpressions.Regex.Matches(raw, "/FontFile2").Count == descriptors,
            $"every font descriptor embeds its font program ({string.Join(", ", fonts)})");
        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPage(1).Letters, letter => Assert.Contains("Liberation", letter.FontName));
    }
}
