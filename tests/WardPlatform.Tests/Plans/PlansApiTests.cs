using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Plans;

public sealed class PlansApiTests(TestServers servers) : PlansServiceTests(servers)
{

    [Fact]
    public async Task A_plan_without_number_and_title_is_refused_naming_each_field_in_Vietnamese()
    {
        var response = await Api.PostAsJsonAsync("/plans", new { number = "  ", title = "" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Số kế hoạch không được để trống.", problem.GetProperty("errors").GetProperty("number")[0].GetString());
        Assert.Equal("Tên kế hoạch không được để trống.", problem.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal("required", problem.GetProperty("codes").GetProperty("title")[0].GetString());
        Assert.False(problem.GetProperty("errors").TryGetProperty("tenantCode", out _));
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task A_title_longer_than_500_characters_is_refused()
    {
        var response = await Api.PostAsJsonAsync("/plans", new { number = "1/KH", title = new string('x', 501) }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("too_long", problem.GetProperty("codes").GetProperty("title")[0].GetString());
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Theory]
    [InlineData("{\"number\": [], \"title\": {}}")]
    [InlineData("{\"number\": \"1/KH\", ")]
    [InlineData("not json at all")]
    public async Task A_body_of_the_wrong_shape_gets_a_problem_not_a_500(string body)
    {
        var response = await Api.PostAsync("/plans", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task Decomposed_Vietnamese_text_is_stored_composed()
    {
        var decomposed = "Kế hoạch thi đua".Normalize(NormalizationForm.FormD);
        var response = await Api.PostAsJsonAsync("/plans", new { number = "2/KH", title = decomposed }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await Plans.QueryAsync(db => db.Plans.SingleAsync());
        Assert.Equal("Kế hoạch thi đua", stored.Title);
        Assert.True(stored.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task Issuing_twice_is_a_conflict_and_publishes_one_event()
    {
        var created = await Api.PostAsJsonAsync("/plans", new { number = "3/KH", title = "Kế hoạch" }, Ct);
        var plan = (await created.Content.ReadFromJsonAsync<PlanDto>(Ct))!;

        // Issuing is the chairman's act.
        var chairman = Plans.ClientAs(TestUser.WardChairman());
        var first = await chairman.PostAsJsonAsync($"/plans/{plan.Id}/issue", new { }, Ct);
        var second = await chairman.PostAsJsonAsync($"/plans/{plan.Id}/issue", new { }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        // The outbox also holds the audit events of the creation and the issue; one PlanIssued among them.
        Assert.Equal(1, await Plans.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Type.StartsWith(typeof(WardPlatform.Contracts.Events.PlanIssued).FullName + ","))));
    }

    [Fact]
    public async Task The_same_number_twice_in_one_ward_is_a_conflict()
    {
        var request = new { number = "118/KH-UBND", title = "Kế hoạch" };
        Assert.Equal(HttpStatusCode.Created, (await Api.PostAsJsonAsync("/plans", request, Ct)).StatusCode);
        var again = await Api.PostAsJsonAsync("/plans", request, Ct);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_plan_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/plans/{Guid.NewGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.PostAsJsonAsync($"/plans/{Guid.NewGuid()}/issue", new { }, Ct)).StatusCode);
    }
}
