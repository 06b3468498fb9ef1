using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Tracking;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

public sealed class TargetRegistrationTests(TestServers servers) : TargetsServiceTests(servers)
{
    private static PlannedTarget[] OneOfEachKind() =>
    [
        new(Guid.NewGuid(), "Số hóa 100% hồ sơ thủ tục hành chính", "ShareToReach", 100, "%", ThemeNumber: "1", OwnerUnit: "Trung tâm Phục vụ hành chính công", OwnerPerson: "Trần Thị B"),
        new(Guid.NewGuid(), "Tỷ lệ thất nghiệp dưới 3%", "Ceiling", 3, "%", ThemeNumber: "1"),
        new(Guid.NewGuid(), "Kéo giảm ít nhất 20% số vụ vi phạm so với năm 2025", "Reduction", 20, "%", BaselineYear: 2025, ThemeNumber: "2", OwnerUnit: "Công an phường"),
        new(Guid.NewGuid(), "Ít nhất 10 sáng kiến", "Count", 10, "sáng kiến", ThemeNumber: "2"),
        new(Guid.NewGuid(), "10 sáng kiến chia cho các đơn vị", "SplitCount", 10, "sáng kiến",
            Split: [new("Trung tâm", 3), new("Văn phòng", 2), new("VH-XH", 3), new("KT-HT-ĐT", 2)], ThemeNumber: "3"),
        new(Guid.NewGuid(), "Tỷ lệ hài lòng đạt từ 70% - 75%", "Range", 70, "%", UpperValue: 75, ThemeNumber: "3"),
        new(Guid.NewGuid(), "Giải ngân tối thiểu 95% trước 30/11 và 100% trước 31/12", "Staged", 100, "%",
            Stages: [new(95, new DateOnly(2026, 11, 30)), new(100, new DateOnly(2026, 12, 31))], ThemeNumber: "4"),
        new(Guid.NewGuid(), "Top 5 trong số 95 xã, phường của tỉnh", "Rank", 5, "hạng", OutOf: 95, ThemeNumber: "4", Deadline: new DateOnly(2026, 9, 30)),
    ];

    [Fact]
    public async Task A_plan_issued_with_targets_of_every_kind_registers_each_with_its_id_kind_and_details()
    {
        var planned = OneOfEachKind();
        var plan = await IssueAsync(Plan(TestUser.TamPhuoc, planned));

        var stored = await Targets.QueryAsync(db => db.Targets.AsNoTracking().Where(t => t.PlanId == plan.PlanId).ToListAsync());
        Assert.Equal(8, stored.Count);
        Assert.Equal(planned.Select(p => p.TargetId).Order(), stored.Select(t => t.Id).Order());
        Assert.Equal(Enum.GetValues<TargetKind>().Order(), stored.Select(t => t.Kind).Order());
        var split = stored.Single(t => t.Kind == TargetKind.SplitCount);
        Assert.Equal(["Trung tâm", "Văn phòng", "VH-XH", "KT-HT-ĐT"], split.Split.Select(s => s.Unit));
        var staged = stored.Single(t => t.Kind == TargetKind.Staged);
        Assert.Equal(new DateOnly(2026, 11, 30), staged.Stages[0].Due);
        Assert.Equal(2025, stored.Single(t => t.Kind == TargetKind.Reduction).BaselineYear);
        Assert.Equal(95, stored.Single(t => t.Kind == TargetKind.Rank).OutOf);
        Assert.Equal(75, stored.Single(t => t.Kind == TargetKind.Range).UpperValue);
        var share = stored.Single(t => t.Kind == TargetKind.ShareToReach);
        Assert.Equal(("Trung tâm Phục vụ hành chính công", "Trần Thị B"), (share.OwnerUnit, share.OwnerPerson));
        Assert.All(stored, t => Assert.Equal((TestUser.TamPhuoc, TestUser.ProvinceCode), (t.TenantCode, t.ProvinceCode)));
        // The plan's period, unless the target has its own deadline.
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (share.PeriodFrom, share.PeriodTo));
        Assert.Equal(new DateOnly(2026, 9, 30), stored.Single(t => t.Kind == TargetKind.Rank).PeriodTo);
        Assert.Equal(8, await OutboxCountAsync<TargetRegistered>());
    }

    [Fact]
    public async Task The_same_plan_announced_again_under_another_message_id_registers_nothing_twice()
    {
        var plan = Plan(TestUser.TamPhuoc, Count(), Share());
        await IssueAsync(plan);
        var again = NewId.NextGuid();
        await IssueAsync(plan, again);
        await Eventually.HoldsAsync(() => Targets.QueryAsync(db => db.IssuedPlans.AnyAsync(p => p.PlanId == plan.PlanId && p.TimesRecorded == 2)),
            TimeSpan.FromSeconds(30), "second delivery handled", Ct);

        Assert.Equal(2, await CountAsync<Target>());
        Assert.Equal(2, await OutboxCountAsync<TargetRegistered>());
    }

    [Fact]
    public async Task A_plan_without_a_period_gives_its_targets_the_calendar_year_it_was_issued_in()
    {
        var plan = Plan(TestUser.TamPhuoc, Count()) with { PeriodStart = null, PeriodEnd = null, IssuedOn = new DateOnly(2025, 7, 14) };
        await IssueAsync(plan);
        var target = await Targets.QueryAsync(db => db.Targets.SingleAsync(t => t.Id == plan.Targets![0].TargetId));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (target.PeriodFrom, target.PeriodTo));
    }

    [Fact]
    public async Task Ward_staff_register_a_target_by_hand_on_their_issued_plan()
    {
        var plan = await IssueAsync(Plan());
        var response = await Api.PostAsJsonAsync($"/plans/{plan.PlanId}/targets", new
        {
            text = "Tổ chức tối thiểu 02 đợt cao điểm/năm", kind = "Count", value = 2, unit = "đợt", themeNumber = "3",
            ownerUnit = "Phòng Văn hóa - Xã hội", ownerPerson = "Lê Văn C",
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var target = (await response.Content.ReadFromJsonAsync<TargetDto>(Ct))!;
        Assert.Equal(("Count", "đợt", "Manual"), (target.Kind, target.Unit, target.Source));
        // Five months into the plan's year with no report yet: at risk from the start.
        Assert.Equal(("Có nguy cơ", "Chưa có báo cáo, đã qua 41% thời gian thực hiện."), (target.StatusLabel, target.StatusReason));
        Assert.Equal(1, await OutboxCountAsync<TargetRegistered>());
        var stored = await Targets.QueryAsync(db => db.Targets.SingleAsync(t => t.Id == target.Id));
        Assert.Equal(TestUser.TamPhuoc, stored.TenantCode);
    }

    public static TheoryData<string, string, string> BadTargets => new()
    {
        { """{"text":"","kind":"Count","value":2,"unit":"đợt"}""", "text", "required" },
        { """{"text":"<script>alert(1)</script>","kind":"Count","value":2,"unit":"đợt"}""", "text", "invalid_characters" },
        { """{"text":"Chỉ tiêu'; DROP TABLE targets;--","kind":"Count","value":2,"unit":"đợt"}""", "text", "invalid_characters" },
        { """{"text":"Chỉ tiêu","kind":"Nhiều","value":2,"unit":"đợt"}""", "kind", "unknown_kind" },
        { """{"text":"Chỉ tiêu","kind":"Count","value":-1,"unit":"đợt"}""", "value", "negative" },
        { """{"text":"Chỉ tiêu","kind":"ShareToReach","value":120,"unit":"%"}""", "value", "absurd" },
        { """{"text":"Chỉ tiêu","kind":"Count","value":2000000,"unit":"đợt"}""", "value", "absurd" },
        { """{"text":"Chỉ tiêu","kind":"Range","value":70,"unit":"%","upperValue":60}""", "upperValue", "invalid_range" },
        { """{"text":"Chỉ tiêu","kind":"Reduction","value":20,"unit":"%"}""", "baselineYear", "required" },
        { """{"text":"Chỉ tiêu","kind":"Rank","value":5,"unit":"hạng"}""", "outOf", "invalid_rank" },
        { """{"text":"Chỉ tiêu","kind":"Staged","value":100,"unit":"%"}""", "stages", "required" },
        { """{"text":"Chỉ tiêu","kind":"SplitCount","value":10,"unit":"sáng kiến","split":[{"unit":"A","value":3}]}""", "split", "split_sum" },
        { """{"text":"Chỉ tiêu","kind":"Count","value":2,"unit":"đợt","source":"Computed:không-có"}""", "source", "unknown_source" },
    };

    [Theory]
    [MemberData(nameof(BadTargets))]
    public async Task A_bad_target_is_refused_naming_the_field_and_nothing_is_stored(string body, string field, string code)
    {
        var plan = await IssueAsync(Plan());
        var response = await Api.PostAsync($"/plans/{plan.PlanId}/targets", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("codes").GetProperty(field)[0].GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(field)[0].GetString()));
        Assert.Equal(0, await CountAsync<Target>());
        Assert.Equal(0, await OutboxCountAsync<TargetRegistered>());
    }

    [Fact]
    public async Task A_target_on_an_unknown_or_another_wards_plan_is_404_and_a_province_official_may_not_add_one()
    {
        var other = await IssueAsync(Plan(TestUser.BinhPhuoc));
        var own = await IssueAsync(Plan(TestUser.TamPhuoc));
        var body = new { text = "Chỉ tiêu", kind = "Count", value = 2, unit = "đợt" };

        Assert.Equal(HttpStatusCode.NotFound, (await Api.PostAsJsonAsync($"/plans/{Guid.NewGuid()}/targets", body, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.PostAsJsonAsync($"/plans/{other.PlanId}/targets", body, Ct)).StatusCode);
        var official = Targets.ClientAs(TestUser.ProvinceOfficial());
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync($"/plans/{own.PlanId}/board", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsJsonAsync($"/plans/{own.PlanId}/targets", body, Ct)).StatusCode);
        Assert.Equal(0, await CountAsync<Target>());
    }
}
