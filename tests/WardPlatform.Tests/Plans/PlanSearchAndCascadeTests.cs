using System.Net;
using System.Net.Http.Json;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Reading;
using WardPlatform.Tests.Infrastructure;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>Listing and searching plans, and how the wards of a province cascade a province plan.</summary>
public sealed class PlanSearchAndCascadeTests(TestServers servers) : PlansServiceTests(servers)
{
    private async Task<List<PlanDto>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<PlanDto>>($"/plans{query}", Ct))!;

    [Fact]
    public async Task Search_without_diacritics_finds_number_and_title_newest_first()
    {
        await ConfirmAsync(Api, new { number = "118/KH-UBND", title = "Kế hoạch thi đua đặc biệt “500 ngày đêm”" });
        await ConfirmAsync(Api, new { number = "119/KH-UBND", title = "Kế hoạch phòng cháy chữa cháy" });
        await ConfirmAsync(Api, new { number = "120/KH-UBND", title = "Kế hoạch Thi Đua năm 2026" });

        Assert.Equal(["120/KH-UBND", "118/KH-UBND"], (await ListAsync(Api, "?q=ke hoach thi dua")).Select(p => p.Number));
        Assert.Equal(["118/KH-UBND"], (await ListAsync(Api, "?q=DAC BIET")).Select(p => p.Number));
        Assert.Equal(["118/KH-UBND"], (await ListAsync(Api, "?q=118/kh")).Select(p => p.Number));
        Assert.Equal(["119/KH-UBND"], (await ListAsync(Api, "?q=chữa cháy")).Select(p => p.Number));
        Assert.Empty(await ListAsync(Api, "?q=100%25"));
        Assert.Equal(["120/KH-UBND", "119/KH-UBND", "118/KH-UBND"], (await ListAsync(Api, "")).Select(p => p.Number));
    }

    [Fact]
    public async Task The_status_filter_keeps_only_plans_in_that_status_and_a_ward_lists_only_its_own()
    {
        var issued = await ConfirmAsync(Api, new { number = "1/KH", title = "Kế hoạch một" });
        await ConfirmAsync(Api, new { number = "2/KH", title = "Kế hoạch hai" });
        await ConfirmAsync(Plans.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc)), new { number = "3/KH", title = "Kế hoạch Bình Phước" });
        await Plans.ClientAs(TestUser.WardChairman()).PostAsJsonAsync($"/plans/{issued.Id}/issue", new { }, Ct);

        Assert.Equal(["1/KH"], (await ListAsync(Api, "?status=Issued")).Select(p => p.Number));
        Assert.Equal(["2/KH", "1/KH"], (await ListAsync(Api, "")).Select(p => p.Number));
        // The province sees the wards' issued plans, not their drafts.
        Assert.Equal(["1/KH"], (await ListAsync(Plans.ClientAs(TestUser.ProvinceOfficial()), "")).Select(p => p.Number));
        Assert.Empty(await ListAsync(Plans.ClientAs(TestUser.ProvinceOfficial(TestUser.OtherProvinceCode)), ""));
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.GetAsync("/plans?status=Nonsense", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.GetAsync($"/plans?q={new string('a', 201)}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_province_official_sees_how_Binh_Phuoc_cascaded_the_province_plan_208()
    {
        var official = Plans.ClientAs(TestUser.ProvinceOfficial());
        var province = await ConfirmAsync(official, new { number = "208/KH-UBND", title = "Phát động phong trào thi đua “Đồng Nai đoàn kết, sáng tạo”", issuedOn = "2025-06-12" });
        Assert.Equal(HttpStatusCode.OK, (await Plans.ClientAs(TestUser.ProvinceLeader()).PostAsJsonAsync($"/plans/{province.Id}/issue", new { }, Ct)).StatusCode);

        var binhPhuoc = Plans.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc));
        var wardPlan = await ConfirmAsync(binhPhuoc, Reviewed(BinhPhuocSeed, "95/KH-UBND") with { IssuedOn = new DateOnly(2025, 7, 28) });
        await ConfirmAsync(Api, new { number = "118/KH-UBND", title = "Kế hoạch không căn cứ kế hoạch tỉnh" });
        // The province sees a ward's plan once the ward has issued it.
        Assert.Empty((await official.GetFromJsonAsync<PlanCascadeDto>($"/plans/{province.Id}/cascade", Ct))!.WardPlans);
        await IssueAsync(TestUser.BinhPhuoc, wardPlan.Id);

        // The ward's legal basis is linked to the province plan it cites.
        var read = await ReadAsync(binhPhuoc, wardPlan.Id);
        Assert.Equal(province.Id, Assert.Single(read.LegalBases, b => b.DocumentNumber == "208/KH-UBND").ParentPlanId);

        var cascade = (await official.GetFromJsonAsync<PlanCascadeDto>($"/plans/{province.Id}/cascade", Ct))!;
        var cascaded = Assert.Single(cascade.WardPlans);
        Assert.Equal((wardPlan.Id, TestUser.BinhPhuoc, "95/KH-UBND", "Issued", new DateOnly(2025, 7, 28)),
            (cascaded.Id, cascaded.WardCode, cascaded.Number, cascaded.Status, cascaded.IssuedOn));

        // A ward does not see the province plan; the ward's own plan cascades nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await binhPhuoc.GetAsync($"/plans/{province.Id}/cascade", Ct)).StatusCode);
        Assert.Empty((await binhPhuoc.GetFromJsonAsync<PlanCascadeDto>($"/plans/{wardPlan.Id}/cascade", Ct))!.WardPlans);
        // Another province's official sees nothing of it.
        Assert.Equal(HttpStatusCode.NotFound, (await Plans.ClientAs(TestUser.ProvinceOfficial(TestUser.OtherProvinceCode)).GetAsync($"/plans/{province.Id}/cascade", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_ward_plan_confirmed_before_the_province_plan_was_recorded_still_shows_in_its_cascade_by_number()
    {
        var binhPhuoc = Plans.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc));
        var wardPlan = await ConfirmAsync(binhPhuoc, Reviewed(BinhPhuocSeed, "95/KH-UBND"));
        Assert.Null(Assert.Single((await ReadAsync(binhPhuoc, wardPlan.Id)).LegalBases, b => b.DocumentNumber == "208/KH-UBND").ParentPlanId);

        var official = Plans.ClientAs(TestUser.ProvinceOfficial());
        var province = await ConfirmAsync(official, new { number = "208/KH-UBND", title = "Kế hoạch của tỉnh" });
        await IssueAsync(TestUser.BinhPhuoc, wardPlan.Id);

        var cascade = (await official.GetFromJsonAsync<PlanCascadeDto>($"/plans/{province.Id}/cascade", Ct))!;
        Assert.Equal(wardPlan.Id, Assert.Single(cascade.WardPlans).Id);
    }

    private async Task IssueAsync(string ward, Guid planId) =>
        Assert.Equal(HttpStatusCode.OK, (await Plans.ClientAs(TestUser.WardChairman(ward)).PostAsJsonAsync($"/plans/{planId}/issue", new { }, Ct)).StatusCode);
}
