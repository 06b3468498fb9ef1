using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>A wrong progress report corrected or withdrawn: superseded, kept in the history, the status recomputed.</summary>
public sealed class ProgressCorrectionTests(TestServers servers) : TargetsServiceTests(servers)
{
    private async Task<ProgressDto> ReportAsync(HttpClient client, Guid target, MultipartFormDataContent form)
    {
        var response = await client.PostAsync($"/targets/{target}/progress", form, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<ProgressDto>(Ct))!;
    }

    private static MultipartFormDataContent Correction(string value, string reportedOn, Guid corrects, string? reason)
    {
        var form = ProgressForm(value, reportedOn);
        form.Add(new StringContent(corrects.ToString()), "corrects");
        if (reason is not null) form.Add(new StringContent(reason), "reason");
        return form;
    }

    [Fact]
    public async Task The_author_corrects_a_wrong_figure_which_stays_in_the_history_superseded_and_the_status_is_recomputed()
    {
        var count = Count(10);
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var wrong = await ReportAsync(Api, count.TargetId, ProgressForm("60", "2026-05-30"));
        Assert.Equal("Achieved", (await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{count.TargetId}", Ct))!.Target.Status);

        // Another officer may not; a reason is required.
        var other = Targets.ClientAs(TestUser.WardOfficer() with { Subject = "officer-khac" });
        var refused = await other.PostAsync($"/targets/{count.TargetId}/progress", Correction("6", "2026-05-30", wrong.Id, "gõ nhầm"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var noReason = await Api.PostAsync($"/targets/{count.TargetId}/progress", Correction("6", "2026-05-30", wrong.Id, null), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True(JsonDocument.Parse(await noReason.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty("reason", out _));

        var corrected = await ReportAsync(Api, count.TargetId, Correction("6", "2026-05-30", wrong.Id, "Gõ nhầm 60 thay vì 6"));
        Assert.Equal(wrong.Id, corrected.Corrects);

        var detail = (await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{count.TargetId}", Ct))!;
        Assert.Equal((6m, 1), (detail.Target.LatestValue, detail.Target.ReportCount));
        Assert.NotEqual("Achieved", detail.Target.Status);
        Assert.Equal(2, detail.History.Count);
        var old = Assert.Single(detail.History, h => h.Id == wrong.Id);
        Assert.Equal((corrected.Id, false, "Gõ nhầm 60 thay vì 6"), (old.Superseded!.By, old.Superseded.Withdrawn, old.Superseded.Reason));
        Assert.Equal([new SeriesPoint(new DateOnly(2026, 5, 30), 6m, null)], detail.Series);
        Assert.Equal(2, await OutboxCountAsync<ProgressRecorded>());
        Assert.Equal(1, await OutboxCountAsync<ProgressSuperseded>());

        // A superseded report is not corrected twice.
        var again = await Api.PostAsync($"/targets/{count.TargetId}/progress", Correction("7", "2026-05-30", wrong.Id, "lần nữa"), Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task The_administrator_withdraws_a_report_which_then_no_longer_counts()
    {
        var count = Count(10);
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var first = await ReportAsync(Api, count.TargetId, ProgressForm("4", "2026-04-30"));
        var wrong = await ReportAsync(Api, count.TargetId, ProgressForm("12", "2026-05-30"));

        var noReason = await Targets.ClientAs(TestUser.WardAdmin()).PostAsJsonAsync($"/targets/{count.TargetId}/progress/{wrong.Id}/withdraw", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var neighbour = Targets.ClientAs(TestUser.WardAdmin(TestUser.BinhPhuoc));
        Assert.Equal(HttpStatusCode.NotFound,
            (await neighbour.PostAsJsonAsync($"/targets/{count.TargetId}/progress/{wrong.Id}/withdraw", new { reason = "x" }, Ct)).StatusCode);

        var withdrawn = await Targets.ClientAs(TestUser.WardAdmin()).PostAsJsonAsync($"/targets/{count.TargetId}/progress/{wrong.Id}/withdraw",
            new { reason = "Báo cáo nhầm chỉ tiêu" }, Ct);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var detail = (await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{count.TargetId}", Ct))!;
        Assert.Equal((4m, 1, new DateOnly(2026, 4, 30)), (detail.Target.LatestValue, detail.Target.ReportCount, detail.Target.LatestReportedOn));
        var old = Assert.Single(detail.History, h => h.Id == wrong.Id);
        Assert.True(old.Superseded!.Withdrawn);
        Assert.Null(Assert.Single(detail.History, h => h.Id == first.Id).Superseded);
        Assert.Equal(1, await OutboxCountAsync<ProgressSuperseded>());
    }

    [Fact]
    public async Task A_report_dated_before_the_targets_period_is_refused()
    {
        var count = Count(10);
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var response = await Api.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("3", "2025-12-31"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("before_period", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement
            .GetProperty("codes").GetProperty("reportedOn")[0].GetString());
    }
}
