using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Contracts.Events;
using WardPlatform.Plans.Apis;
using WardPlatform.Tests.Infrastructure;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>"Trình ký" and "Trả lại": the draft between its preparer and the chairman; correcting and withdrawing a draft.</summary>
public sealed class PlanHandOverTests(TestServers servers) : PlansServiceTests(servers)
{
    private HttpClient Chairman => Plans.ClientAs(TestUser.WardChairman() with { Name = "Lê Hoàng Nam" });

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

    [Fact]
    public async Task An_officer_sends_a_draft_to_the_chairman_who_returns_it_with_a_reason_and_the_officer_sees_the_return()
    {
        var created = await ConfirmAsync(Api, new { number = "11/KH", title = "Kế hoạch thi đua" });
        Assert.Equal(["edit", "withdraw", "submit"], (await ReadAsync(Api, created.Id)).Actions!);
        Assert.Equal(["edit", "withdraw", "issue"], (await ReadAsync(Chairman, created.Id)).Actions!);

        var submitted = await Api.PostAsJsonAsync($"/plans/{created.Id}/submit", new { note = "Kính trình Chủ tịch xem xét" }, Ct);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Api.PostAsJsonAsync($"/plans/{created.Id}/submit", new { }, Ct)).StatusCode);
        var waiting = Assert.Single((await Chairman.GetFromJsonAsync<List<PlanDto>>("/plans?handOver=Submitted", Ct))!);
        Assert.Equal((created.Id, "Submitted", "Kính trình Chủ tịch xem xét"), (waiting.Id, waiting.HandOver, waiting.HandOverNote));
        Assert.Equal(["edit", "withdraw", "return", "issue"], (await ReadAsync(Chairman, created.Id)).Actions!);
        Assert.Equal(["edit", "withdraw"], (await ReadAsync(Api, created.Id)).Actions!);

        // The officer may not return it; the chairman must say why.
        var byOfficer = await Api.PostAsJsonAsync($"/plans/{created.Id}/return", new { note = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        var noReason = await Chairman.PostAsJsonAsync($"/plans/{created.Id}/return", new { note = "  " }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Lý do trả lại không được để trống.", (await JsonOf(noReason)).GetProperty("errors").GetProperty("note")[0].GetString());

        var returned = await Chairman.PostAsJsonAsync($"/plans/{created.Id}/return", new { note = "Bổ sung chỉ tiêu về chuyển đổi số" }, Ct);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var back = Assert.Single((await Api.GetFromJsonAsync<List<PlanDto>>("/plans?handOver=Returned", Ct))!);
        Assert.Equal(("Returned", "Bổ sung chỉ tiêu về chuyển đổi số"), (back.HandOver, back.HandOverNote));
        Assert.Empty((await Chairman.GetFromJsonAsync<List<PlanDto>>("/plans?handOver=Submitted", Ct))!);

        var plan = await ReadAsync(Api, created.Id);
        Assert.Equal("Draft", plan.Status);
        Assert.Equal(("Returned", "Lê Hoàng Nam", "Bổ sung chỉ tiêu về chuyển đổi số"), (plan.HandOver!.State, plan.HandOver.By, plan.HandOver.Note));
        Assert.Equal(["submitted", "returned"], plan.History.Select(h => h.Action));
        // A hand-over is not a move of the status: nothing is announced to other services.
        Assert.Empty(await OutboxAsync<PlanStatusChanged>(Plans));

        // Sent again and issued: the hand-over is over.
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsJsonAsync($"/plans/{created.Id}/submit", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);
        var issued = await ReadAsync(Api, created.Id);
        Assert.Null(issued.HandOver);
        Assert.Equal(["start"], issued.Actions!);
        Assert.Equal(HttpStatusCode.Conflict, (await Chairman.PostAsJsonAsync($"/plans/{created.Id}/return", new { note = "muộn" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_corrected_after_confirmation_and_withdrawn_before_issuing_but_an_issued_plan_is_never_deleted()
    {
        var mistaken = await ConfirmAsync(Api, new { number = "12/KH", title = "Kế hoạch nhầm" });
        var kept = await ConfirmAsync(Api, new { number = "13/KH", title = "Kế hoạch thi đua" });

        var corrected = await Api.PutAsJsonAsync($"/plans/{kept.Id}", new { number = "13/KH-UBND", title = "Kế hoạch thi đua năm 2026" }, Ct);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("13/KH-UBND", (await ReadAsync(Api, kept.Id)).Number);

        var byAdmin = await Plans.ClientAs(TestUser.WardAdmin()).DeleteAsync($"/plans/{mistaken.Id}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"/plans/{mistaken.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/plans/{mistaken.Id}", Ct)).StatusCode);
        // Its number is free again.
        await ConfirmAsync(Api, new { number = "12/KH", title = "Kế hoạch đúng" });

        Assert.Equal(HttpStatusCode.OK, (await Chairman.PostAsJsonAsync($"/plans/{kept.Id}/issue", new { }, Ct)).StatusCode);
        var deleteIssued = await Chairman.DeleteAsync($"/plans/{kept.Id}", Ct);
        Assert.Equal(HttpStatusCode.Conflict, deleteIssued.StatusCode);
        Assert.Equal("not_a_draft", (await JsonOf(deleteIssued)).GetProperty("code").GetString());
        Assert.Equal("Issued", (await ReadAsync(Api, kept.Id)).Status);
    }
}
