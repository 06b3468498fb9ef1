using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Reading;
using WardPlatform.Tests.Infrastructure;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>
/// The province's plan list at province size: whose plan each is, filters by ward and by level, a page at a time; and a
/// ward's drafts stay the ward's (not listed, 404 to the province) until the ward issues them.
/// </summary>
public sealed class ProvincePlanListTests(TestServers servers) : PlansServiceTests(servers)
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();
    private HttpClient Official => Plans.ClientAs(TestUser.ProvinceOfficial());

    private async Task<PlanPage> PageAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<PlanPage>($"/plans/page{query}", Ct))!;

    private async Task<PlanDto> IssuedAsync(string ward, string number)
    {
        var plan = await ConfirmAsync(Plans.ClientAs(TestUser.WardOfficer(ward)), new { number, title = $"Kế hoạch thi đua {number}" });
        var issued = await Plans.ClientAs(TestUser.WardChairman(ward)).PostAsJsonAsync($"/plans/{plan.Id}/issue", new { }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return plan;
    }

    [Fact]
    public async Task The_province_filters_its_list_by_ward_and_by_level_a_page_at_a_time_and_never_lists_a_wards_draft()
    {
        await IssuedAsync(TestUser.TamPhuoc, "1/KH-TP");
        await ConfirmAsync(Api, new { number = "2/KH-TP", title = "Dự thảo của Tam Phước" });
        await IssuedAsync(TestUser.BinhPhuoc, "1/KH-BP");
        await ConfirmAsync(Official, new { number = "10/KH-UBND", title = "Dự thảo của tỉnh" });

        var all = await PageAsync(Official, "");
        Assert.Equal((1, 3), (all.Page, all.Total));
        Assert.Equal(["10/KH-UBND", "1/KH-BP", "1/KH-TP"], all.Items.Select(p => p.Number));
        Assert.Equal([TestUser.ProvinceCode, TestUser.BinhPhuoc, TestUser.TamPhuoc], all.Items.Select(p => p.TenantCode));

        Assert.Equal(["1/KH-TP"], (await PageAsync(Official, $"?tenantCode={TestUser.TamPhuoc}")).Items.Select(p => p.Number));
        Assert.Equal(["10/KH-UBND"], (await PageAsync(Official, "?level=Province")).Items.Select(p => p.Number));
        Assert.Equal(["1/KH-BP", "1/KH-TP"], (await PageAsync(Official, "?level=Ward")).Items.Select(p => p.Number));
        Assert.Empty((await PageAsync(Official, $"?tenantCode={TestUser.TamPhuoc}&status=Draft")).Items);
        // The list without pages takes the same filters and hides the same drafts.
        Assert.Equal(["1/KH-BP", "1/KH-TP"], (await Official.GetFromJsonAsync<List<PlanDto>>("/plans?level=Ward", Ct))!.Select(p => p.Number));
        Assert.DoesNotContain("2/KH-TP", await Official.GetStringAsync($"/plans?tenantCode={TestUser.TamPhuoc}", Ct));

        var second = await PageAsync(Official, "?pageSize=2&page=2");
        Assert.Equal((2, 2, 3), (second.Page, second.PageSize, second.Total));
        Assert.Equal(["1/KH-TP"], second.Items.Select(p => p.Number));

        // The ward sees its own drafts.
        Assert.Equal(["2/KH-TP", "1/KH-TP"], (await PageAsync(Api, "")).Items.Select(p => p.Number));

        foreach (var (query, field) in new[] { ("?level=Huyen", "level"), ("?page=0", "page"), ("?pageSize=201", "pageSize"), ($"?tenantCode={new string('9', 21)}", "tenantCode") })
        {
            using var refused = await Official.GetAsync($"/plans/page{query}", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    [Fact]
    public async Task A_wards_draft_is_404_to_the_province_with_its_files_and_cascade_until_the_ward_issues_it()
    {
        var province = await ConfirmAsync(Official, new { number = "208/KH-UBND", title = "Kế hoạch của tỉnh" });
        var draft = await ConfirmAsync(Api, new
        {
            number = "95/KH-UBND", title = "Kế hoạch triển khai của phường",
            legalBases = new[] { new { text = "Căn cứ Kế hoạch số 208/KH-UBND của UBND tỉnh", documentKind = "Kế hoạch", documentNumber = "208/KH-UBND" } },
        });
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "file", "du-thao.pdf" } };
        using var attached = await Api.PostAsync($"/plans/{draft.Id}/attachments", form, Ct);
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
        var file = Assert.Single((await ReadAsync(Api, draft.Id)).Attachments);
        // Sent to the chairman for signature, it is still a draft.
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsJsonAsync($"/plans/{draft.Id}/submit", new { note = "Kính trình" }, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Official.GetAsync($"/plans/{draft.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Official.GetAsync($"/plans/{draft.Id}/attachments/{file.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Official.GetAsync($"/plans/{draft.Id}/cascade", Ct)).StatusCode);
        Assert.Empty((await Official.GetFromJsonAsync<PlanCascadeDto>($"/plans/{province.Id}/cascade", Ct))!.WardPlans);
        Assert.Equal(["208/KH-UBND"], (await PageAsync(Official, "")).Items.Select(p => p.Number));
        // The ward reads it, file and all.
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync($"/plans/{draft.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync($"/plans/{draft.Id}/attachments/{file.Id}", Ct)).StatusCode);

        var chairman = Plans.ClientAs(TestUser.WardChairman());
        Assert.Equal(HttpStatusCode.OK, (await chairman.PostAsJsonAsync($"/plans/{draft.Id}/issue", new { }, Ct)).StatusCode);
        Assert.Equal("Issued", (await ReadAsync(Official, draft.Id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Official.GetAsync($"/plans/{draft.Id}/attachments/{file.Id}", Ct)).StatusCode);
        Assert.Equal(draft.Id, Assert.Single((await Official.GetFromJsonAsync<PlanCascadeDto>($"/plans/{province.Id}/cascade", Ct))!.WardPlans).Id);
    }

    [Fact]
    public async Task A_number_the_ward_already_used_is_a_409_naming_the_ward_and_the_plan_that_has_it()
    {
        var first = await ConfirmAsync(Api, new { number = "12/KH-UBND", title = "Kế hoạch thi đua năm 2026" });
        var other = await ConfirmAsync(Api, new { number = "13/KH-UBND", title = "Kế hoạch khác" });

        using var again = await Api.PostAsJsonAsync("/plans", new { number = "12/KH-UBND", title = "Kế hoạch trùng số" }, Ct);
        using var renamed = await Api.PutAsJsonAsync($"/plans/{other.Id}", new { number = "12/KH-UBND", title = "Kế hoạch khác" }, Ct);

        foreach (var response in new[] { again, renamed })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(("duplicate_number", "number", "12/KH-UBND", TestUser.TamPhuoc, first.Id.ToString()),
                (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString(), problem.GetProperty("number").GetString(),
                 problem.GetProperty("tenantCode").GetString(), problem.GetProperty("existingPlanId").GetString()));
        }
        Assert.Equal("13/KH-UBND", (await ReadAsync(Api, other.Id)).Number);
        // Numbers are each ward's own: Bình Phước may use it.
        await ConfirmAsync(Plans.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc)), new { number = "12/KH-UBND", title = "Kế hoạch của Bình Phước" });
    }
}
