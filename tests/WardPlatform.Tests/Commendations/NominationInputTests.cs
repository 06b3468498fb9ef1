using System.Net;
using MassTransit;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Contracts.Events;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Commendations;

/// <summary>Bad input refused with a named field and a stable code, nothing stored; another ward's round answers 404.</summary>
public sealed class NominationInputTests(TestServers servers) : CommendationsServiceTests(servers)
{
    [Fact]
    public async Task The_quota_refuses_the_sixth_collective_and_stores_nothing()
    {
        var round = await CreateRoundAsync();
        for (var i = 1; i <= 5; i++) await NominateAsync(round.Id, Nomination($"Khu phố {i}", kind: "collective"));

        using var sixth = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", Nomination("Khu phố 6", kind: "collective"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, sixth.StatusCode);
        var body = await sixth.Content.ReadAsStringAsync(Ct);
        Assert.Contains("quota_exceeded", body);
        Assert.Contains("tối đa 05 tập thể", body);
        Assert.Equal(5, await NominationCountAsync(Service));
        Assert.Equal(5, (await OutboxPayloadsAsync<NominationSubmitted>()).Count);
        // Individuals have their own quota.
        await NominateAsync(round.Id, Nomination("Nguyễn Thị Hoa"));

        // The queue shows each one's place in its own quota, in the order they were nominated, on any page.
        var reasons = new Dictionary<string, string>();
        foreach (var page in new[] { 1, 2, 3 })
        {
            var answer = await Appraiser.GetFromJsonAsync<JsonElement>($"/nominations/page?roundId={round.Id}&page={page}&pageSize=2", Ct);
            Assert.Equal(6, answer.GetProperty("total").GetInt32());
            foreach (var item in answer.GetProperty("items").EnumerateArray())
                reasons[item.GetProperty("recipientName").GetString()!] = item.GetProperty("checks").EnumerateArray()
                    .Single(c => c.GetProperty("code").GetString() == "quota").GetProperty("reason").GetString()!;
        }
        Assert.Equal("Thứ 3 trong tối đa 05 tập thể của đợt.", reasons["Khu phố 3"]);
        Assert.Equal("Thứ 5 trong tối đa 05 tập thể của đợt.", reasons["Khu phố 5"]);
        Assert.Equal("Thứ 1 trong tối đa 10 cá nhân của đợt.", reasons["Nguyễn Thị Hoa"]);
        Assert.Equal(6, reasons.Count);
    }

    [Theory]
    [InlineData(9, 9, 8, 2, 0, "votes_exceed")]
    [InlineData(9, 10, 5, 0, 0, "more_than_members")]
    [InlineData(0, 0, 0, 0, 0, "out_of_range")]
    public async Task A_vote_that_does_not_add_up_is_refused(int members, int present, int votesFor, int against, int abstaining, string code)
    {
        var round = await CreateRoundAsync();
        using var response = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations",
            Nomination("Trần Văn Bình", members: members, present: present, votesFor: votesFor, against: against, abstaining: abstaining), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await NominationCountAsync(Service));
    }

    [Fact]
    public async Task A_missing_dossier_part_is_named_and_nothing_is_stored()
    {
        var round = await CreateRoundAsync([new { form = "chien-si-thi-dua-co-so", recipientKind = "individual", maxCount = 2 }]);
        using var response = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations",
            Nomination("Lê Thị Mai", form: "chien-si-thi-dua-co-so", secret: true, report: null), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("dossier_incomplete", body);
        Assert.Contains("Báo cáo thành tích", body);
        Assert.Contains("Minh chứng", body);
        Assert.Equal(0, await NominationCountAsync(Service));
    }

    [Fact]
    public async Task A_report_file_must_really_be_a_docx_or_pdf_and_a_good_one_completes_the_dossier()
    {
        var round = await CreateRoundAsync();
        var json = JsonSerializer.Serialize(Nomination("Phạm Văn Cường", report: null), Json);
        using var wrong = await Officer.PostAsync($"/rounds/{round.Id}/nominations", Form(json, "bao-cao.pdf", "MZ this is an exe"u8.ToArray()), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("wrong_file_type", await wrong.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await NominationCountAsync(Service));

        using var right = await Officer.PostAsync($"/rounds/{round.Id}/nominations", Form(json, "bao-cao.pdf", "%PDF-1.4 báo cáo"u8.ToArray()), Ct);
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
        var created = (await right.Content.ReadFromJsonAsync<NominationDto>(Json, Ct))!;
        Assert.Equal("Tệp tải lên", created.Dossier.Single(p => p.Part == "bao-cao").Source);
        Assert.True(created.Eligible);
    }

    [Fact]
    public async Task Another_wards_round_and_nomination_answer_404_and_an_officer_cannot_decide()
    {
        var round = await CreateRoundAsync();
        var nomination = await NominateAsync(round.Id, Nomination("Đỗ Văn Dũng"));
        var neighbour = Service.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc));
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/rounds/{round.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/nominations/{nomination.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsJsonAsync($"/rounds/{round.Id}/nominations", Nomination("X"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Service.ClientAs(AppraiserOf(TestUser.BinhPhuoc))
            .PostAsJsonAsync($"/nominations/{nomination.Id}/appraise", new { verdict = "accept" }, Ct)).StatusCode);

        using var decide = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/decide", new { signerName = "Cán bộ" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, decide.StatusCode);
        Assert.Contains("Chủ tịch UBND", await decide.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await Officer.PostAsJsonAsync($"/nominations/{nomination.Id}/appraise", new { verdict = "accept" }, Ct)).StatusCode);
        Assert.Equal(0, await CountAsync<WardPlatform.Commendations.Decisions.Decision>());
    }

    [Fact]
    public async Task A_round_created_for_an_issued_plan_takes_the_plans_quotas_and_they_can_be_edited_by_hand()
    {
        var plan = new PlanIssued(Guid.NewGuid(), TestUser.TamPhuoc, TestUser.ProvinceCode, "118/KH-UBND", "Kế hoạch thi đua năm 2026",
            new DateOnly(2026, 1, 5), Now.AddMonths(-5), PeriodStart: new DateOnly(2026, 1, 1), PeriodEnd: new DateOnly(2026, 12, 31),
            AwardQuotas: [new PlannedAwardQuota("giay-khen", "collective", 5, null, "tặng Giấy khen cho tối đa 05 tập thể và 10 cá nhân"),
                new PlannedAwardQuota("giay-khen", "individual", 10, null, "tặng Giấy khen cho tối đa 05 tập thể và 10 cá nhân")]);
        var bus = Service.Services.GetRequiredService<IBus>();
        await bus.Publish(plan, context => context.MessageId = Guid.NewGuid(), Ct);
        await Eventually.HoldsAsync(() => Service.QueryAsync(db => Task.FromResult(db.Plans.Any(p => p.PlanId == plan.PlanId))),
            TimeSpan.FromSeconds(30), "the plan's quotas recorded", Ct);

        var round = await CreateRoundAsync(planId: plan.PlanId);
        Assert.Equal("118/KH-UBND", round.PlanNumber);
        Assert.Equal([new RoundQuota("giay-khen", "collective", 5), new RoundQuota("giay-khen", "individual", 10)], round.Quotas);

        using var edited = await Appraiser.PutAsJsonAsync($"/rounds/{round.Id}/quotas", new[] { new { form = "giay-khen", recipientKind = "collective", maxCount = 1 } }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        await NominateAsync(round.Id, Nomination("Khu phố 1", kind: "collective"));
        using var second = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", Nomination("Khu phố 2", kind: "collective"), Ct);
        Assert.Contains("quota_exceeded", await second.Content.ReadAsStringAsync(Ct));
        using var bad = await Appraiser.PutAsJsonAsync($"/rounds/{round.Id}/quotas", new[] { new { recipientKind = "tập thể", maxCount = -1 } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static MultipartFormDataContent Form(string json, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent { { new StringContent(json), "nomination" } };
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "report", fileName);
        return form;
    }

    [Fact]
    public async Task The_queue_comes_a_page_at_a_time_with_its_total_and_a_page_out_of_range_is_refused()
    {
        var round = await CreateRoundAsync();
        for (var i = 1; i <= 5; i++) await NominateAsync(round.Id, Nomination($"Nguyễn Văn Trang {i}"));

        var first = await Appraiser.GetFromJsonAsync<NominationPage>($"/nominations/page?roundId={round.Id}&pageSize=2", Ct);
        var last = await Appraiser.GetFromJsonAsync<NominationPage>($"/nominations/page?roundId={round.Id}&pageSize=2&page=3", Ct);
        var all = await Appraiser.GetFromJsonAsync<List<NominationDto>>($"/nominations?roundId={round.Id}", Ct);

        Assert.Equal((1, 2, 5, 2), (first!.Page, first.PageSize, first.Total, first.Items.Count));
        Assert.Equal((3, 5, 1), (last!.Page, last.Total, last.Items.Count));
        // The pages follow the queue's order (earliest deadline first), each dossier once, with its checks.
        var paged = new List<NominationDto>(first.Items);
        paged.AddRange((await Appraiser.GetFromJsonAsync<NominationPage>($"/nominations/page?roundId={round.Id}&pageSize=2&page=2", Ct))!.Items);
        paged.AddRange(last.Items);
        Assert.Equal(all!.Select(n => n.Id), paged.Select(n => n.Id));
        Assert.All(paged, n => Assert.NotEmpty(n.Checks));
        var searched = await Appraiser.GetFromJsonAsync<NominationPage>($"/nominations/page?roundId={round.Id}&q=trang%203", Ct);
        Assert.Equal("Nguyễn Văn Trang 3", Assert.Single(searched!.Items).RecipientName);

        using var zero = await Appraiser.GetAsync($"/nominations/page?page=0", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("\"page\"", await zero.Content.ReadAsStringAsync(Ct));
        using var huge = await Appraiser.GetAsync($"/nominations/page?pageSize=100000", Ct);
        Assert.Contains("\"pageSize\"", await huge.Content.ReadAsStringAsync(Ct));
    }
}
