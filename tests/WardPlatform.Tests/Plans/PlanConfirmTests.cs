using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Plans.Importing;
using WardPlatform.Tests.Infrastructure;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>Confirming an imported draft as a plan, reading it back whole, and replacing a draft.</summary>
public sealed class PlanConfirmTests(TestServers servers) : PlansServiceTests(servers)
{
    [Fact]
    public async Task Tam_Phuoc_imported_draft_confirmed_reads_back_with_its_header_themes_phases_and_targets_intact()
    {
        var draft = Reviewed(TamPhuocSeed);
        var created = await ConfirmAsync(Api, draft);
        var plan = await ReadAsync(Api, created.Id);

        Assert.Equal("Draft", plan.Status);
        Assert.Equal(TestUser.TamPhuoc, plan.TenantCode);
        Assert.Equal(("118/KH-UBND", "Tam Phước", new DateOnly(2026, 5, 30)), (plan.Number, plan.Place, plan.IssuedOn));
        Assert.Equal(draft.Title, plan.Title);
        Assert.Equal(draft.Themes.Select(t => (t.Number, t.Title)), plan.Themes.Select(t => (t.Number, t.Title)));
        Assert.Equal(draft.Phases.Select(p => ((string?)p.ThemeNumber, p.Number, p.Title, p.Starts, p.Ends)),
            plan.Phases.Select(p => (p.ThemeNumber, p.Number, p.Title, p.Starts, p.Ends)));
        Assert.Equal(44, plan.Targets.Count);
        Assert.Equal(draft.Targets.Select(t => (t.Text, t.Kind.ToString(), t.Value, t.Unit, t.UpperValue, t.ThemeNumber)),
            plan.Targets.Select(t => (t.Text, t.Kind, t.Value, t.Unit, t.UpperValue, t.ThemeNumber)));
        Assert.Equal(44, plan.Targets.Select(t => t.TargetId).Distinct().Count());
        Assert.DoesNotContain(plan.Targets, t => t.TargetId == Guid.Empty);

        // "trước ngày 30/11 … trước ngày 31/12": the year is the plan's.
        var staged = Assert.Single(plan.Targets, t => t.Kind == nameof(TargetKind.Staged));
        Assert.Equal([(95m, new DateOnly(2026, 11, 30)), (100m, new DateOnly(2026, 12, 31))], staged.Stages.Select(s => (s.Value, s.Due)));
        var split = Assert.Single(plan.Targets, t => t.Kind == nameof(TargetKind.SplitCount));
        Assert.Equal([("Trung tâm Phục vụ Hành chính công", 3m), ("Văn phòng HĐND-UBND", 2m), ("Phòng Văn hóa-Xã hội", 3m), ("Phòng Kinh tế, Hạ tầng và Đô thị", 2m)],
            split.Split.Select(s => (s.Unit, s.Value)));

        Assert.Equal(3, plan.LegalBases.Count);
        Assert.Contains(plan.LegalBases, b => b is { DocumentKind: "Kế hoạch", DocumentNumber: "55-KH/ĐU", ParentPlanId: null });
        Assert.Equal(draft.Sections.Purposes, plan.Sections.Purposes);
        Assert.Equal(draft.Sections.Assignments.Select(a => a.Unit), plan.Sections.Assignments.Select(a => a.Unit));
        Assert.Equal(12, plan.Recipients.Count);
        Assert.Equal(("CHỦ TỊCH", "Vũ Quốc Thái"), (plan.SignerTitle, plan.SignerName));
        Assert.Empty(plan.History);
    }

    [Fact]
    public async Task Binh_Phuoc_draft_with_its_blank_number_filled_in_reads_back_with_sections_slogans_and_assignments()
    {
        var draft = Reviewed(BinhPhuocSeed, "95/KH-UBND");
        var created = await ConfirmAsync(Api, draft with { IssuedOn = new DateOnly(2025, 7, 28) });
        var plan = await ReadAsync(Api, created.Id);

        Assert.Equal("95/KH-UBND", plan.Number);
        Assert.Equal(new DateOnly(2025, 7, 28), plan.IssuedOn);
        Assert.Equal(["III.1", "III.2", "III.3", "III.4", "III.5", "III.6"], plan.Themes.Select(t => t.Number));
        Assert.Equal(draft.Slogans, plan.Slogans);
        Assert.Equal(draft.Targets.Count, plan.Targets.Count);
        Assert.Contains(plan.Targets, t => t is { Kind: "Rank", Value: 5, OutOf: 95, OwnerUnit: "Trung tâm Phục vụ hành chính công" });
        Assert.Equal(10, plan.Sections.Assignments.Count);
        Assert.Equal(8, plan.Sections.Assignments.Single(a => a.Unit == "Công an phường, Ban CHQS phường").Tasks.Count);
        Assert.Equal(draft.Sections.CollectiveCriteria, plan.Sections.CollectiveCriteria);
        Assert.Equal(draft.Sections.Period, plan.Sections.Period);
        Assert.Equal("208/KH-UBND", Assert.Single(plan.LegalBases, b => b.DocumentKind == "Kế hoạch").DocumentNumber);
    }

    [Fact]
    public async Task Bac_Son_draft_keeps_its_review_dates_and_has_no_targets()
    {
        var draft = Reviewed(BacSonSeed, "12/KH-UBND");
        var created = await ConfirmAsync(Api, With(draft, ("periodStart", "2025-01-01"), ("periodEnd", "2025-12-31")));
        var plan = await ReadAsync(Api, created.Id);

        Assert.Equal((new DateOnly(2025, 6, 30), new DateOnly(2025, 12, 31)), (plan.MidTermReview, plan.FinalReview));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (plan.PeriodStart, plan.PeriodEnd));
        Assert.Equal(5, plan.Themes.Count);
        Assert.Empty(plan.Targets);
        Assert.Equal(["Bằng khen của Chủ tịch UBND tỉnh.", "Giấy khen của Chủ tịch UBND thị xã.", "Giấy khen của Chủ tịch UBND phường."], plan.Sections.AwardForms);
        Assert.Equal("Nguyễn Văn Trường", plan.SignerName);
    }

    [Fact]
    public async Task A_phase_keeps_its_expected_outputs_and_a_target_its_owner_person_and_deadline()
    {
        var created = await ConfirmAsync(Api, new
        {
            number = "7/KH-UBND", title = "Kế hoạch chỉnh trang đô thị",
            periodStart = "2026-06-01", periodEnd = "2026-12-31",
            themes = new[] { new { number = "II.2", title = "Tam Phước cửa ngõ kiểu mẫu" } },
            phases = new[] { new { themeNumber = "II.2", number = 1, title = "Khởi động", ends = "2026-06-30", expectedOutputs = new[] { "Danh mục tuyến kiểu mẫu", "Hồ sơ khảo sát hiện trạng" } } },
            targets = new[] { new { text = "07 khu phố đạt chuẩn", kind = "Count", value = 7, unit = "khu phố", ownerUnit = "Phòng Kinh tế, Hạ tầng và Đô thị", ownerPerson = "Trần Văn Bình", deadline = "2026-12-31" } },
        });
        var plan = await ReadAsync(Api, created.Id);

        Assert.Equal(["Danh mục tuyến kiểu mẫu", "Hồ sơ khảo sát hiện trạng"], Assert.Single(plan.Phases).ExpectedOutputs);
        var target = Assert.Single(plan.Targets);
        Assert.Equal(("Trần Văn Bình", new DateOnly(2026, 12, 31)), (target.OwnerPerson, target.Deadline));
    }

    [Fact]
    public async Task Replacing_a_draft_changes_its_content_and_keeps_the_ids_of_the_targets_it_names()
    {
        var created = await ConfirmAsync(Api, new
        {
            number = "8/KH-UBND", title = "Kế hoạch cũ",
            targets = new object[]
            {
                new { text = "Số hóa 100% hồ sơ", kind = "ShareToReach", value = 100, unit = "%" },
                new { text = "Tối thiểu 02 đợt cao điểm", kind = "Count", value = 2, unit = "đợt" },
            },
        });
        var kept = (await ReadAsync(Api, created.Id)).Targets[0].TargetId;

        var response = await Api.PutAsJsonAsync($"/plans/{created.Id}", new
        {
            number = "8/KH-UBND", title = "Kế hoạch mới", slogans = new[] { "Thi đua là yêu nước" },
            targets = new object[] { new { targetId = kept, text = "Số hóa 95% hồ sơ", kind = "ShareToReach", value = 95, unit = "%" } },
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await ReadAsync(Api, created.Id);
        Assert.Equal("Kế hoạch mới", plan.Title);
        Assert.Equal(["Thi đua là yêu nước"], plan.Slogans);
        var target = Assert.Single(plan.Targets);
        Assert.Equal((kept, 95m), (target.TargetId, target.Value));
        Assert.Equal(1, await Plans.QueryAsync(db => db.Plans.Select(p => p.Targets.Count).SingleAsync()));
    }

    [Fact]
    public async Task An_issued_plan_cannot_be_replaced()
    {
        var created = await ConfirmAsync(Api, new { number = "9/KH-UBND", title = "Kế hoạch" });
        Assert.Equal(HttpStatusCode.OK, (await Plans.ClientAs(TestUser.WardChairman()).PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);

        var response = await Api.PutAsJsonAsync($"/plans/{created.Id}", new { number = "9/KH-UBND", title = "Đổi tên sau khi ban hành" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("not_a_draft", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal("Kế hoạch", (await ReadAsync(Api, created.Id)).Title);
    }

    [Fact]
    public async Task Replacing_a_draft_with_the_number_of_another_plan_of_the_ward_is_a_conflict()
    {
        await ConfirmAsync(Api, new { number = "10/KH-UBND", title = "Kế hoạch A" });
        var second = await ConfirmAsync(Api, new { number = "11/KH-UBND", title = "Kế hoạch B" });

        var response = await Api.PutAsJsonAsync($"/plans/{second.Id}", new { number = "10/KH-UBND", title = "Kế hoạch B" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("11/KH-UBND", (await ReadAsync(Api, second.Id)).Number);
    }

    [Fact]
    public async Task The_same_number_in_two_wards_is_two_plans()
    {
        await ConfirmAsync(Api, new { number = "118/KH-UBND", title = "Kế hoạch Tam Phước" });
        await ConfirmAsync(Plans.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc)), new { number = "118/KH-UBND", title = "Kế hoạch Bình Phước" });

        Assert.Equal(2, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }
}
