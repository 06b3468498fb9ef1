using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Plans.Data;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>Draft → Issued → InProgress → MidTermReviewed → FinalReview → Closed: who may move it, the history, the events.</summary>
public sealed class PlanLifecycleTests(TestServers servers) : PlansServiceTests(servers)
{
    private static readonly string[] Moves = ["issue", "start", "midterm-review", "final-review", "close"];

    private HttpClient Chairman => Plans.ClientAs(TestUser.WardChairman() with { Name = "Vũ Quốc Thái" });

    private static async Task<string?> CodeOf(HttpResponseMessage response) => (await ProblemOf(response)).GetProperty("code").GetString();

    // Buffered, so a response can be read more than once.
    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

    [Fact]
    public async Task A_plan_goes_through_its_whole_lifecycle_with_each_move_in_the_history_and_the_outbox()
    {
        var draft = With(Reviewed(TamPhuocSeed), ("periodStart", "2026-06-01"), ("periodEnd", "2027-10-30"));
        var created = await ConfirmAsync(Api, draft);
        var before = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.OK, (await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { note = "Ban hành theo Tờ trình" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsJsonAsync($"/plans/{created.Id}/start", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsJsonAsync($"/plans/{created.Id}/midterm-review", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync($"/plans/{created.Id}/final-review", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Chairman.PostAsJsonAsync($"/plans/{created.Id}/close", new { }, Ct)).StatusCode);

        var plan = await ReadAsync(Api, created.Id);
        Assert.Equal("Closed", plan.Status);
        Assert.Equal([("Draft", "Issued"), ("Issued", "InProgress"), ("InProgress", "MidTermReviewed"), ("MidTermReviewed", "FinalReview"), ("FinalReview", "Closed")],
            plan.History.Select(h => (h.From, h.To)));
        Assert.Equal((TestUser.WardChairman().Subject, "Vũ Quốc Thái", "Ban hành theo Tờ trình"), (plan.History[0].ChangedBy, plan.History[0].ChangedByName, plan.History[0].Note));
        Assert.Equal(TestUser.WardOfficer().Subject, plan.History[1].ChangedBy);
        Assert.All(plan.History, h => Assert.Equal(TimeSpan.Zero, h.ChangedAt.Offset));
        Assert.All(plan.History, h => Assert.InRange(h.ChangedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.NotNull(plan.ClosedAt);

        var issued = Assert.Single(await OutboxAsync<PlanIssued>(Plans));
        Assert.Equal((created.Id, "118/KH-UBND", new DateOnly(2026, 5, 30)), (issued.PlanId, issued.Number, issued.IssuedOn));
        Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2027, 10, 30)), (issued.PeriodStart, issued.PeriodEnd));
        Assert.Equal(["55-KH/ĐU", "01-KH/ĐU"], issued.ParentPlanNumbers!);
        Assert.Equal(plan.Targets.Select(t => t.TargetId), issued.Targets!.Select(t => t.TargetId));
        // The themes' titles travel with it, so the targets' board and report group by them as the plan page does.
        Assert.Equal(plan.Themes.Select(t => (t.Number, t.Title)), issued.Themes!.Select(t => (t.Number, t.Title)));
        Assert.NotEmpty(issued.Themes!);
        var staged = Assert.Single(issued.Targets!, t => t.Kind == "Staged");
        Assert.Equal([new PlannedStage(95, new DateOnly(2026, 11, 30)), new PlannedStage(100, new DateOnly(2026, 12, 31))], staged.Stages!);
        var split = Assert.Single(issued.Targets!, t => t.Kind == "SplitCount");
        Assert.Equal(10, split.Split!.Sum(s => s.Value));

        var changes = await OutboxAsync<PlanStatusChanged>(Plans);
        Assert.Equal(["Issued", "InProgress", "MidTermReviewed", "FinalReview", "Closed"], changes.Select(c => c.To));
        Assert.All(changes, c => Assert.Equal((created.Id, TestUser.TamPhuoc, TestUser.ProvinceCode), (c.PlanId, c.TenantCode, c.ProvinceCode)));
        Assert.Equal(created.Id, Assert.Single(await OutboxAsync<PlanClosed>(Plans)).PlanId);
    }

    [Fact]
    public async Task A_plan_issued_without_a_date_takes_the_date_given_or_today()
    {
        var withDate = await ConfirmAsync(Api, new { number = "1/KH", title = "Kế hoạch" });
        var withoutDate = await ConfirmAsync(Api, new { number = "2/KH", title = "Kế hoạch" });

        await Chairman.PostAsJsonAsync($"/plans/{withDate.Id}/issue", new { issuedOn = "2025-03-05" }, Ct);
        await Chairman.PostAsync($"/plans/{withoutDate.Id}/issue", null, Ct);

        Assert.Equal(new DateOnly(2025, 3, 5), (await ReadAsync(Api, withDate.Id)).IssuedOn);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), (await ReadAsync(Api, withoutDate.Id)).IssuedOn);
    }

    [Fact]
    public async Task Skipping_or_repeating_a_step_is_a_409_invalid_transition_in_Vietnamese_and_changes_nothing()
    {
        var created = await ConfirmAsync(Api, new { number = "3/KH", title = "Kế hoạch" });

        var skip = await Api.PostAsJsonAsync($"/plans/{created.Id}/start", new { }, Ct);
        var closeDraft = await Chairman.PostAsJsonAsync($"/plans/{created.Id}/close", new { }, Ct);
        await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct);
        var again = await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct);
        var backwards = await Api.PostAsJsonAsync($"/plans/{created.Id}/final-review", new { }, Ct);

        foreach (var response in new[] { skip, closeDraft, again, backwards })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("invalid_transition", await CodeOf(response));
        }
        var problem = await ProblemOf(skip);
        Assert.Equal("Kế hoạch số 3/KH đang ở trạng thái “Dự thảo”, không thể bắt đầu thực hiện.", problem.GetProperty("detail").GetString());
        var plan = await ReadAsync(Api, created.Id);
        Assert.Equal("Issued", plan.Status);
        Assert.Single(plan.History);
        Assert.Single(await OutboxAsync<PlanStatusChanged>(Plans));
    }

    [Theory]
    [InlineData(WardRoles.WardOfficer)]
    [InlineData(WardRoles.WardAppraiser)]
    public async Task Ward_staff_other_than_the_chairman_may_not_issue_or_close(string role)
    {
        var staff = Plans.ClientAs(TestUser.WardOfficer() with { Role = role });
        var created = await ConfirmAsync(staff, new { number = "4/KH", title = "Kế hoạch" });

        var issue = await staff.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, issue.StatusCode);
        Assert.Equal("not_a_signer", await CodeOf(issue));
        Assert.Equal("Chỉ Chủ tịch UBND phường, xã mới được ban hành kế hoạch.", (await ProblemOf(issue)).GetProperty("detail").GetString());
        Assert.Equal("Draft", (await ReadAsync(staff, created.Id)).Status);

        // The chairman issues; the steps between are the staff's; closing is the chairman's again.
        Assert.Equal(HttpStatusCode.OK, (await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);
        foreach (var step in new[] { "start", "midterm-review", "final-review" })
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"/plans/{created.Id}/{step}", new { }, Ct)).StatusCode);
        var close = await staff.PostAsJsonAsync($"/plans/{created.Id}/close", new { }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal("FinalReview", (await ReadAsync(staff, created.Id)).Status);
        Assert.Empty(await OutboxAsync<PlanClosed>(Plans));
    }

    [Fact]
    public async Task The_ward_administrator_manages_accounts_and_may_not_issue_or_move_a_plan()
    {
        var admin = Plans.ClientAs(TestUser.WardAdmin());
        var created = await ConfirmAsync(Api, new { number = "7/KH", title = "Kế hoạch" });

        var issue = await admin.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct);
        Assert.Equal((HttpStatusCode.Forbidden, "not_a_signer"), (issue.StatusCode, await CodeOf(issue)));
        Assert.Empty((await ReadAsync(admin, created.Id)).Actions!);

        Assert.Equal(HttpStatusCode.OK, (await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);
        var start = await admin.PostAsJsonAsync($"/plans/{created.Id}/start", new { }, Ct);
        Assert.Equal((HttpStatusCode.Forbidden, "not_allowed"), (start.StatusCode, await CodeOf(start)));
        Assert.Equal("Issued", (await ReadAsync(Api, created.Id)).Status);
    }

    [Fact]
    public async Task A_province_plan_is_issued_by_the_province_leadership_not_by_an_official_nor_a_ward_chairman()
    {
        var official = Plans.ClientAs(TestUser.ProvinceOfficial());
        var leader = Plans.ClientAs(TestUser.ProvinceLeader());
        var created = await ConfirmAsync(official, new { number = "208/KH-UBND", title = "Kế hoạch phát động thi đua của tỉnh" });
        Assert.Equal(TestUser.ProvinceCode, created.TenantCode);

        // A ward cannot even see it; the official prepares but does not sign.
        Assert.Equal(HttpStatusCode.NotFound, (await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);
        var byOfficial = await official.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct);
        Assert.Equal((HttpStatusCode.Forbidden, "not_a_signer"), (byOfficial.StatusCode, await CodeOf(byOfficial)));
        Assert.Equal("Chỉ Lãnh đạo UBND tỉnh mới được ban hành kế hoạch.", (await ProblemOf(byOfficial)).GetProperty("detail").GetString());
        Assert.Equal(["edit", "withdraw", "submit"], (await ReadAsync(official, created.Id)).Actions!);
        Assert.Equal(["edit", "withdraw", "issue"], (await ReadAsync(leader, created.Id)).Actions!);

        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);
        Assert.Equal(TestUser.ProvinceCode, Assert.Single(await OutboxAsync<PlanIssued>(Plans)).TenantCode);
        Assert.Equal(["start"], (await ReadAsync(official, created.Id)).Actions!);
    }

    [Fact]
    public async Task An_issue_date_after_today_or_before_the_documents_own_date_is_refused_beside_the_field()
    {
        var created = await ConfirmAsync(Api, new { number = "8/KH", title = "Kế hoạch", issuedOn = "2026-01-10" });
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2); // past tomorrow in Vietnam too

        var future = await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { issuedOn = tomorrow.ToString("yyyy-MM-dd") }, Ct);
        var early = await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { issuedOn = "2026-01-09" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("future", (await ProblemOf(future)).GetProperty("codes").GetProperty("issuedOn")[0].GetString());
        Assert.Equal("before_document", (await ProblemOf(early)).GetProperty("codes").GetProperty("issuedOn")[0].GetString());
        Assert.Equal("Draft", (await ReadAsync(Api, created.Id)).Status);
        Assert.Empty(await OutboxAsync<PlanStatusChanged>(Plans));
    }

    [Fact]
    public async Task A_province_official_reads_a_wards_issued_plan_but_every_write_to_it_is_403()
    {
        var created = await ConfirmAsync(Api, new { number = "5/KH", title = "Kế hoạch" });
        Assert.Equal(HttpStatusCode.OK, (await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);
        var official = Plans.ClientAs(TestUser.ProvinceOfficial());

        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync($"/plans/{created.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PutAsJsonAsync($"/plans/{created.Id}", new { number = "5/KH", title = "Sửa" }, Ct)).StatusCode);
        foreach (var move in Moves)
            Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsJsonAsync($"/plans/{created.Id}/{move}", new { }, Ct)).StatusCode);
        Assert.Equal(("Issued", "Kế hoạch"), ((await ReadAsync(Api, created.Id)).Status, (await ReadAsync(Api, created.Id)).Title));
    }

    [Fact]
    public async Task Another_wards_plan_is_404_on_every_write_and_nothing_changes()
    {
        var created = await ConfirmAsync(Api, new { number = "6/KH", title = "Kế hoạch Tam Phước" });
        var neighbours = new[]
        {
            Plans.ClientAs(TestUser.WardChairman(TestUser.BinhPhuoc)),
            Plans.ClientAs(TestUser.WardChairman(TestUser.OtherProvinceWard, TestUser.OtherProvinceCode)),
            Plans.ClientAs(TestUser.ProvinceOfficial(TestUser.OtherProvinceCode)),
        };

        foreach (var neighbour in neighbours)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/plans/{created.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PutAsJsonAsync($"/plans/{created.Id}", new { number = "6/KH", title = "Chiếm" }, Ct)).StatusCode);
            foreach (var move in Moves)
                Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsJsonAsync($"/plans/{created.Id}/{move}", new { }, Ct)).StatusCode);
            using var file = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 x"u8.ToArray()), "file", "a.pdf" } };
            Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsync($"/plans/{created.Id}/attachments", file, Ct)).StatusCode);
        }
        var plan = await ReadAsync(Api, created.Id);
        Assert.Equal(("Draft", "Kế hoạch Tam Phước"), (plan.Status, plan.Title));
        Assert.Empty(plan.History);
        Assert.Empty(plan.Attachments);
        Assert.Empty(await OutboxAsync<PlanStatusChanged>(Plans));
    }
}
