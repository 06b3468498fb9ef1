using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WardPlatform.Contracts.Events;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Tests.Plans.Corpus;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>A Word plan uploaded, confirmed and issued: its period and award quotas are stored and sent in PlanIssued.</summary>
public sealed class PlanAwardQuotaTests(TestServers servers) : PlansServiceTests(servers)
{
    [Fact]
    public async Task A_Word_plan_keeps_its_period_and_award_quotas_through_confirm_and_issue()
    {
        var (fileName, bytes) = PlanCorpus.File("ke-hoach-phuong-tan-mai-2026");
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", fileName);
        var upload = await Api.PostAsync("/plans/import", form, Ct);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var draft = (await upload.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal("2026-01-15", draft["periodStart"]!.GetValue<string>());
        Assert.Equal(2, draft["awardQuotas"]!.AsArray().Count);
        Assert.Contains(draft["figures"]!.AsArray(), f => f!["readAs"]!.GetValue<string>() == "Chỉ tiêu");

        var created = await ConfirmAsync(Api, draft);
        var plan = await ReadAsync(Api, created.Id);
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2026, 12, 31)), (plan.PeriodStart, plan.PeriodEnd));
        Assert.Equal([("giay-khen", "collective", 3, "final"), ("giay-khen", "individual", 6, "final")],
            plan.AwardQuotas!.Select(q => (q.AwardForm, q.RecipientKind, q.MaxCount, q.Occasion)));
        Assert.Contains(plan.Targets, t => t is { Kind: "Count", Value: 5, OutOf: 7, OwnerUnit: "Phòng Văn hóa - Xã hội" });

        var chairman = Plans.ClientAs(TestUser.WardChairman());
        Assert.Equal(HttpStatusCode.OK, (await chairman.PostAsJsonAsync($"/plans/{created.Id}/issue", new { }, Ct)).StatusCode);
        var issued = Assert.Single(await OutboxAsync<PlanIssued>(Plans));
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2026, 12, 31)), (issued.PeriodStart, issued.PeriodEnd));
        Assert.Equal(
            [new PlannedAwardQuota("giay-khen", "collective", 3, "final", plan.AwardQuotas![0].Text), new PlannedAwardQuota("giay-khen", "individual", 6, "final", plan.AwardQuotas[0].Text)],
            issued.AwardQuotas!);
        Assert.StartsWith("Tặng Giấy khen của Chủ tịch UBND phường cho tối đa 03 tập thể", issued.AwardQuotas![0].Text);
    }

    [Fact]
    public async Task A_quota_that_makes_no_sense_is_refused_with_its_field_named_and_nothing_stored()
    {
        var body = With(Reviewed(TanMaiLikeSeed), ("awardQuotas", new object[]
        {
            new { awardForm = "Giấy khen!", recipientKind = "everyone", maxCount = 0, occasion = "sometimes", text = "tối đa 0" },
        }));
        var response = await Api.PostAsJsonAsync("/plans", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "awardQuotas[0].awardForm", "awardQuotas[0].recipientKind", "awardQuotas[0].maxCount", "awardQuotas[0].occasion" })
            Assert.True(errors.TryGetProperty(field, out _), $"{field} in {errors}");
        Assert.Empty((await Api.GetFromJsonAsync<JsonElement>("/plans", Ct)).EnumerateArray());
    }

    private const string TanMaiLikeSeed = BinhPhuocSeed;
}
