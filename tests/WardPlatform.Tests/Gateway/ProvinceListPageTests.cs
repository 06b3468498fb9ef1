using System.Net;
using System.Text.Json;
using WardPlatform.Contracts;
using WardPlatform.Gateway.Pages.Plans;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Tests.Gateway;

/// <summary>The web front's reading of the province lists: the pager, the plan-number conflict, "Trong số" of a cascade target.</summary>
public sealed class ProvinceListPageTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
    private static readonly WardDirectory Wards = WardDirectory.From(new ServiceAnswer(HttpStatusCode.OK,
        Json("""[{ "code": "26068", "name": "Phường Tam Phước" }, { "code": "25432", "name": "Phường Bình Phước" }]"""), null, new Dictionary<string, string>()));

    [Fact]
    public void The_pager_says_which_page_of_how_many_and_its_links_keep_the_filters()
    {
        var page = ListPage.From(Json("""{ "page": 2, "pageSize": 50, "total": 151, "items": [] }"""), "/plans", "q=ke%20hoach&ward=26068");
        Assert.Equal("Trang 2/4", page.Label);
        Assert.Equal("/plans?q=ke%20hoach&ward=26068", page.Link(1));
        Assert.Equal("/plans?q=ke%20hoach&ward=26068&trang=3", page.Link(3));
        Assert.True(page.HasPrevious && page.HasNext);
        Assert.Equal("Trang 1/1", ListPage.From(Json("""{ "page": 1, "pageSize": 50, "total": 0, "items": [] }"""), "/admin/units", "").Label);
        Assert.Equal("/admin/units?trang=2", ListPage.From(null, "/admin/units", "").Link(2));
    }

    [Fact]
    public void A_list_names_the_ward_of_each_record_and_Tinh_for_the_provinces_own()
    {
        Assert.Equal("Phường Tam Phước", Wards.OwnerOf("26068", "75"));
        Assert.Equal("Tỉnh", Wards.OwnerOf("75", "75"));
        Assert.Equal(["Phường Bình Phước", "Phường Tam Phước"], Wards.ByName.Select(w => w.Name));
    }

    [Fact]
    public void The_number_conflict_names_the_ward_and_links_to_the_plan_that_has_the_number()
    {
        var answer = new ServiceAnswer(HttpStatusCode.Conflict, Json("""
            { "title": "Số kế hoạch đã tồn tại", "code": "duplicate_number", "number": "12/KH-UBND", "tenantCode": "26068",
              "existingPlanId": "0b9f3c52-7d1e-4c55-9a51-3f1e2a7c9d10" }
            """), "Số kế hoạch đã tồn tại", new Dictionary<string, string>());

        var conflict = PlanNumberConflict.From(answer, Wards, "75")!;

        Assert.Equal("Số kế hoạch 12/KH-UBND đã có ở Phường Tam Phước", conflict.Message);
        Assert.Equal("/plans/0b9f3c52-7d1e-4c55-9a51-3f1e2a7c9d10", conflict.Link);
        var province = PlanNumberConflict.From(answer with { Body = Json("""{ "code": "duplicate_number", "number": "5/KH", "tenantCode": "75" }""") }, Wards, "75")!;
        Assert.Equal(("Số kế hoạch 5/KH đã có ở cấp tỉnh", null), (province.Message, province.Link));
        Assert.Null(PlanNumberConflict.From(answer with { Body = Json("""{ "code": "not_a_draft" }""") }, Wards, "75"));
    }

    [Fact]
    public void Trong_so_of_a_cascade_target_left_blank_is_the_provinces_ward_count_and_a_typed_one_stays()
    {
        var review = new PlanReview
        {
            Targets =
            [
                new() { Text = "100% xã, phường ban hành kế hoạch", DataSource = ComputedTargetSources.CascadePlans },
                new() { Text = "90% xã, phường", DataSource = ComputedTargetSources.CascadePlans, OutOf = "94" },
                new() { Text = "SIPAS 95%", DataSource = "" },
                new() { Text = "Bỏ", DataSource = ComputedTargetSources.CascadePlans, Remove = true },
            ],
        };

        Assert.Equal(1, CascadeOutOf.Fill(review, 95));

        Assert.Equal(["95", "94", null, null], review.Targets.Select(t => t.OutOf));
        Assert.Equal(0, CascadeOutOf.Fill(new PlanReview { Targets = [new() { DataSource = ComputedTargetSources.CascadePlans }] }, null));
    }
}
