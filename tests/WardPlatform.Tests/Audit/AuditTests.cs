using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts.Events;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Audit;

public sealed class AuditTests(AuditServices services) : IClassFixture<AuditServices>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TestUser TamPhuocAdmin = TestUser.WardAdmin();
    private static readonly TestUser PlatformAdmin = TestUser.PlatformAdmin();

    private async Task<PlanDto> CreatePlanAsync(TestUser officer, string? number = null)
    {
        var response = await services.Plans.ClientAs(officer).PostAsJsonAsync("/plans",
            new { number = number ?? $"{Random.Shared.Next(1, 99999)}/KH-UBND", title = "Kế hoạch thi đua năm 2025" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PlanDto>(Ct))!;
    }

    [Fact]
    public async Task Creating_a_plan_is_audited_in_the_directory_with_who_when_tenant_what_and_outcome()
    {
        var officer = AuditServices.Unique(TestUser.WardOfficer() with { Name = "Nguyễn Thị Hoa" });
        var before = DateTimeOffset.UtcNow;
        var plan = await CreatePlanAsync(officer);
        var after = DateTimeOffset.UtcNow;

        var entry = await services.WaitForAsync(TamPhuocAdmin, e => e.ActorId == officer.Subject,
            "Tam Phước's administrator sees the plan's creation");

        Assert.Equal("plans", entry.Service);
        Assert.Equal(TestUser.TamPhuoc, entry.TenantCode);
        Assert.Equal(TestUser.ProvinceCode, entry.ProvinceCode);
        Assert.Equal("Nguyễn Thị Hoa", entry.ActorName);
        Assert.Equal(WardRoles.WardOfficer, entry.ActorRole);
        Assert.Equal(AuditActions.Created, entry.Action);
        Assert.Equal("Plan", entry.Subject);
        Assert.Equal(plan.Id.ToString(), entry.SubjectId);
        Assert.Equal(AuditOutcomes.Succeeded, entry.Outcome);
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.InRange(entry.At, before.AddSeconds(-1), after.AddSeconds(1));
        Assert.True(entry.RecordedAt >= entry.At);
    }

    [Fact]
    public async Task A_failed_sign_in_is_audited_under_the_persons_ward_and_an_unknown_name_is_not_kept()
    {
        var person = new WardPlatform.Directory.People.Person
        {
            UserName = $"tamphuoc.sai{Random.Shared.Next(100000, 999999)}", DisplayName = "Phạm Văn Sai", Role = WardRoles.WardOfficer,
            TenantCode = TestUser.TamPhuoc, ProvinceCode = TestUser.ProvinceCode,
        };
        person.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<WardPlatform.Directory.People.Person>().HashPassword(person, "mat-khau-that-2026");
        await services.Directory.QueryAsync(db => { db.People.Add(person); return db.SaveChangesAsync(Ct); });
        var unknownName = $"khong.ai.ten.nay{Random.Shared.Next(100000, 999999)}";

        await using (var scope = services.Directory.Services.CreateAsyncScope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<WardPlatform.Directory.SignIn.PasswordSignIn>();
            Assert.Equal(WardPlatform.Directory.SignIn.SignInOutcome.WrongCredentials, (await signIn.CheckAsync(person.UserName, "sai-mat-khau-roi", Ct)).Outcome);
            Assert.Equal(WardPlatform.Directory.SignIn.SignInOutcome.WrongCredentials, (await signIn.CheckAsync(unknownName, "sai-mat-khau-roi", Ct)).Outcome);
        }

        var failed = await services.WaitForAsync(TamPhuocAdmin, e => e.Action == AuditActions.SignInFailed && e.SubjectId == person.Id.ToString(),
            "Tam Phước's administrator sees the failed sign-in");
        Assert.Equal((AuditOutcomes.Denied, "directory", TestUser.TamPhuoc, "Phạm Văn Sai", "Sai mật khẩu"),
            (failed.Outcome, failed.Service, failed.TenantCode, failed.ActorName, failed.Detail));
        Assert.DoesNotContain((await services.ReadAsync(TestUser.WardAdmin(TestUser.BinhPhuoc))).Items, e => e.AuditId == failed.AuditId);

        var unknown = await services.WaitForAsync(PlatformAdmin, e => e.Action == AuditActions.SignInFailed && e.TenantCode == "" && e.At >= failed.At,
            "the platform administrator sees the attempt with an unknown name");
        Assert.Null(unknown.ActorId);
        Assert.DoesNotContain(unknownName, JsonSerializer.Serialize(await services.ReadAsync(PlatformAdmin)));
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET outcome = 'succeeded'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task The_audit_log_cannot_be_changed_even_in_the_database(string sql)
    {
        var officer = AuditServices.Unique(TestUser.WardOfficer());
        await CreatePlanAsync(officer);
        var entry = await services.WaitForAsync(TamPhuocAdmin, e => e.ActorId == officer.Subject, "the creation is audited");
        var total = await services.Directory.QueryAsync(db => db.AuditEntries.CountAsync(Ct));

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => services.Directory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql, Ct)));

        Assert.Equal("42501", refused.SqlState);
        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(total, await services.Directory.QueryAsync(db => db.AuditEntries.CountAsync(Ct)));
        Assert.Equal(entry.Outcome, (await services.Directory.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.AuditId == entry.AuditId, Ct))).Outcome);
    }

    [Fact]
    public async Task Issuing_a_plan_is_audited_as_an_update_naming_the_changed_fields()
    {
        // Issuing is the chairman's act (any ward staff may write the draft).
        var officer = AuditServices.Unique(TestUser.WardChairman());
        var plan = await CreatePlanAsync(officer);
        var issued = await services.Plans.ClientAs(officer).PostAsJsonAsync($"/plans/{plan.Id}/issue", new { issuedOn = "2025-03-05" }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);

        var update = await services.WaitForAsync(TamPhuocAdmin, e => e.ActorId == officer.Subject && e.Action == AuditActions.Updated,
            "the issue is audited as an update");
        Assert.Equal(plan.Id.ToString(), update.SubjectId);
        Assert.Contains("Status", update.Detail);
        Assert.Contains("IssuedOn", update.Detail);
        Assert.DoesNotContain("Title", update.Detail);
    }

    [Fact]
    public async Task An_anonymous_request_is_audited_as_denied_and_only_a_platform_administrator_sees_it()
    {
        var path = $"/plans/{Guid.NewGuid()}/issue";
        var response = await services.Plans.ClientAs(null).PostAsJsonAsync(path, new { }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        var entry = await services.WaitForAsync(PlatformAdmin, e => e.Subject == $"POST {path}", "the anonymous denial is audited");
        Assert.Equal(AuditOutcomes.Denied, entry.Outcome);
        Assert.Equal(AuditActions.Denied, entry.Action);
        Assert.Equal("plans", entry.Service);
        Assert.Equal("", entry.TenantCode);
        Assert.Null(entry.ActorId);
        Assert.Equal("HTTP 401", entry.Detail);

        Assert.DoesNotContain((await services.ReadAsync(TamPhuocAdmin)).Items, e => e.AuditId == entry.AuditId);
        Assert.DoesNotContain((await services.ReadAsync(TestUser.ProvinceAdmin())).Items, e => e.AuditId == entry.AuditId);
    }

    [Fact]
    public async Task A_refused_write_is_audited_as_denied_and_never_as_succeeded()
    {
        var officer = AuditServices.Unique(TestUser.WardOfficer());
        var official = AuditServices.Unique(TestUser.ProvinceOfficial());
        var plan = await CreatePlanAsync(officer);
        // Province staff see a ward's plan once it is issued (a draft is the ward's own business) and may not change it.
        var chairman = AuditServices.Unique(TestUser.WardChairman());
        Assert.Equal(HttpStatusCode.OK, (await services.Plans.ClientAs(chairman).PostAsJsonAsync($"/plans/{plan.Id}/issue",
            new { issuedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd") }, Ct)).StatusCode);

        // The write guard answers 403.
        var response = await services.Plans.ClientAs(official).PostAsJsonAsync($"/plans/{plan.Id}/start", new { }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var denial = await services.WaitForAsync(TestUser.ProvinceAdmin(), e => e.ActorId == official.Subject,
            "the province administrator sees the official's denied write");
        Assert.Equal(AuditOutcomes.Denied, denial.Outcome);
        Assert.Equal($"POST /plans/{plan.Id}/start", denial.Subject);
        Assert.Equal("HTTP 403", denial.Detail);
        Assert.Equal(TestUser.ProvinceCode, denial.TenantCode);
        Assert.Equal(WardRoles.ProvinceOfficial, denial.ActorRole);

        Assert.DoesNotContain(await services.PlansOutboxAuditAsync(), e => e.ActorId == official.Subject && e.Outcome == AuditOutcomes.Succeeded);
        Assert.DoesNotContain((await services.ReadAsync(PlatformAdmin)).Items, e => e.ActorId == official.Subject && e.Outcome == AuditOutcomes.Succeeded);
        Assert.Equal(PlanStatus.Issued, (await services.Plans.QueryAsync(db => db.Plans.SingleAsync(p => p.Id == plan.Id))).Status);
    }

    [Fact]
    public async Task A_platform_administrator_creating_a_plan_without_a_tenant_is_audited_as_denied()
    {
        var admin = AuditServices.Unique(TestUser.PlatformAdmin());
        var response = await services.Plans.ClientAs(admin).PostAsJsonAsync("/plans", new { number = "1/KH", title = "Kế hoạch" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var denial = await services.WaitForAsync(PlatformAdmin, e => e.ActorId == admin.Subject, "the refused creation is audited");
        Assert.Equal(AuditOutcomes.Denied, denial.Outcome);
        Assert.Equal("POST /plans", denial.Subject);
    }

    [Theory]
    [InlineData(WardRoles.WardOfficer)]
    [InlineData(WardRoles.WardAppraiser)]
    [InlineData(WardRoles.WardChairman)]
    public async Task Ward_staff_other_than_administrators_are_refused_the_audit_log_and_the_refusal_is_audited(string role)
    {
        var staff = AuditServices.Unique(TestUser.WardOfficer() with { Role = role });

        var response = await services.Directory.ClientAs(staff).GetAsync("/audit", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var denial = await services.WaitForAsync(TamPhuocAdmin, e => e.ActorId == staff.Subject, "the directory audits its own denial");
        Assert.Equal("directory", denial.Service);
        Assert.Equal("GET /audit", denial.Subject);
    }

    [Fact]
    public async Task Another_wards_administrator_and_another_provinces_official_see_none_of_Tam_Phuocs_entries()
    {
        var officer = AuditServices.Unique(TestUser.WardOfficer());
        await CreatePlanAsync(officer);
        var entry = await services.WaitForAsync(TamPhuocAdmin, e => e.ActorId == officer.Subject, "Tam Phước's entry arrived");
        // The province sees every ward of its own.
        await services.WaitForAsync(TestUser.ProvinceOfficial(), e => e.AuditId == entry.AuditId, "the province sees Tam Phước's entry");

        var binhPhuoc = await services.ReadAsync(TestUser.WardAdmin(TestUser.BinhPhuoc));
        Assert.All(binhPhuoc.Items, e => Assert.Equal(TestUser.BinhPhuoc, e.TenantCode));
        Assert.DoesNotContain(binhPhuoc.Items, e => e.AuditId == entry.AuditId);

        var otherProvince = await services.ReadAsync(TestUser.ProvinceOfficial(TestUser.OtherProvinceCode));
        Assert.All(otherProvince.Items, e => Assert.Equal(TestUser.OtherProvinceCode, e.ProvinceCode));
        Assert.DoesNotContain(otherProvince.Items, e => e.ProvinceCode == TestUser.ProvinceCode);
    }

    [Theory]
    [InlineData("POST", "/audit")]
    [InlineData("PUT", "/audit")]
    [InlineData("PATCH", "/audit")]
    [InlineData("DELETE", "/audit")]
    [InlineData("PUT", "/audit/00000000-0000-0000-0000-000000000001")]
    [InlineData("DELETE", "/audit/00000000-0000-0000-0000-000000000001")]
    public async Task No_write_verb_changes_the_audit_log(string method, string path)
    {
        var before = await services.Directory.QueryAsync(db => db.AuditEntries.CountAsync());

        var response = await services.Directory.ClientAs(PlatformAdmin).SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = JsonContent.Create(new { outcome = "succeeded", actorId = "someone-else" }),
        }, Ct);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        Assert.True(await services.Directory.QueryAsync(db => db.AuditEntries.CountAsync()) >= before);
        Assert.Equal(0, await services.Directory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.ActorId == "someone-else")));
    }

    [Fact]
    public async Task A_change_whose_save_fails_publishes_no_audit_event()
    {
        var officer = AuditServices.Unique(TestUser.WardOfficer());
        var number = $"{Guid.NewGuid():N}"[..12] + "/KH";
        await CreatePlanAsync(officer, number);

        var duplicate = await services.Plans.ClientAs(officer).PostAsJsonAsync("/plans", new { number, title = "Trùng số" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var stored = (await services.PlansOutboxAuditAsync()).Where(e => e.ActorId == officer.Subject).ToList();
        var created = Assert.Single(stored);
        Assert.Equal(AuditActions.Created, created.Action);
        await services.WaitForAsync(TamPhuocAdmin, e => e.AuditId == created.AuditId, "the one creation reached the directory");
        Assert.Single((await services.ReadAsync(TamPhuocAdmin)).Items, e => e.ActorId == officer.Subject);
    }

    [Fact]
    public async Task A_change_made_outside_any_request_is_audited_as_the_system()
    {
        var plan = new Plan { TenantCode = TestUser.BinhPhuoc, ProvinceCode = TestUser.ProvinceCode, Number = $"{Guid.NewGuid():N}"[..12], Title = "Nhập từ hệ thống" };
        await services.Plans.QueryAsync(async db =>
        {
            db.Plans.Add(plan);
            return await db.SaveChangesAsync(Ct);
        });

        var audited = Assert.Single(await services.PlansOutboxAuditAsync(), e => e.SubjectId == plan.Id.ToString());
        Assert.Equal("system", audited.ActorId);
        Assert.Equal(TestUser.BinhPhuoc, audited.TenantCode);
    }

    [Fact]
    public async Task The_log_is_paged_newest_first_and_filtered_by_outcome_and_service()
    {
        var officer = AuditServices.Unique(TestUser.WardOfficer());
        var first = await CreatePlanAsync(officer);
        var second = await CreatePlanAsync(officer);
        await services.WaitForAsync(TamPhuocAdmin, e => e.SubjectId == second.Id.ToString(), "both creations arrived");
        await services.WaitForAsync(TamPhuocAdmin, e => e.SubjectId == first.Id.ToString(), "both creations arrived");

        var all = await services.ReadAsync(TamPhuocAdmin);
        Assert.Equal(all.Items.OrderByDescending(e => e.At).Select(e => e.AuditId), all.Items.Select(e => e.AuditId));
        var mine = all.Items.Where(e => e.ActorId == officer.Subject).ToList();
        Assert.Equal([second.Id.ToString(), first.Id.ToString()], mine.Select(e => e.SubjectId));

        var onePage = await services.Directory.ClientAs(TamPhuocAdmin).GetFromJsonAsync<WardPlatform.Directory.Audit.AuditPage>("/audit?page=2&pageSize=1", Ct);
        Assert.Equal(2, onePage!.Page);
        Assert.Equal(all.Total, onePage.Total);
        Assert.Equal(all.Items[1].AuditId, Assert.Single(onePage.Items).AuditId);

        var succeededInPlans = await services.ReadAsync(TamPhuocAdmin, "&outcome=succeeded&service=plans");
        Assert.NotEmpty(succeededInPlans.Items);
        Assert.All(succeededInPlans.Items, e => Assert.True(e is { Outcome: AuditOutcomes.Succeeded, Service: "plans" }));
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        Assert.DoesNotContain((await services.ReadAsync(TamPhuocAdmin, $"&from={tomorrow:yyyy-MM-dd}")).Items, e => e.ActorId == officer.Subject);
        Assert.Contains((await services.ReadAsync(TamPhuocAdmin, $"&to={tomorrow:yyyy-MM-dd}")).Items, e => e.SubjectId == first.Id.ToString());
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize", "out_of_range")]
    [InlineData("page=0", "page", "out_of_range")]
    [InlineData("outcome=%3Cscript%3E", "outcome", "invalid")]
    [InlineData("service=%27%3B%20DROP%20TABLE%20people%3B--", "service", "invalid")]
    [InlineData("from=2025-03-05&to=2025-03-01", "to", "before_from")]
    public async Task A_bad_query_is_a_problem_naming_the_field(string query, string field, string code)
    {
        var response = await services.Directory.ClientAs(TamPhuocAdmin).GetAsync($"/audit?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("codes").GetProperty(field)[0].GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("errors").GetProperty(field)[0].GetString()));
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("from=05/03/2025x")]
    public async Task A_query_value_of_the_wrong_type_is_a_problem_not_a_500(string query)
    {
        var response = await services.Directory.ClientAs(TamPhuocAdmin).GetAsync($"/audit?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
