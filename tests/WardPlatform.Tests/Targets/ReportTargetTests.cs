using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

/// <summary>
/// Targets fed by the reports' events: "kéo giảm ít nhất 20% vụ vi phạm so với năm 2025" against a baseline uploaded
/// from Excel, and "100% phản ánh được giải quyết kịp thời" over the categories the ward chose.
/// </summary>
public sealed class ReportTargetTests(TestServers servers) : TargetsServiceTests(servers)
{
    private static PlannedTarget Reduction() => new(Guid.NewGuid(), "Kéo giảm ít nhất 20% vụ vi phạm so với năm 2025", "Reduction", 20, "%",
        BaselineYear: 2025, OwnerUnit: "Công an phường", Source: ComputedTargetSources.VerifiedIncidents);

    private static PlannedTarget OnTime() => new(Guid.NewGuid(), "100% phản ánh, kiến nghị được giải quyết kịp thời", "ShareToReach", 100, "%",
        OwnerUnit: "Văn phòng HĐND và UBND", Source: ComputedTargetSources.ReportsOnTime);

    private Task<decimal?> ValueOfAsync(Guid id) => Targets.QueryAsync(db => db.Targets.Where(t => t.Id == id).Select(t => t.LatestValue).SingleAsync());

    private async Task PublishAsync(object message) =>
        await Targets.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = NewId.NextGuid(), Ct);

    private async Task WaitForAsync(Guid target, decimal value, string what) =>
        await Eventually.HoldsAsync(() => ValueOfAsync(target), v => v == value, TimeSpan.FromSeconds(30), what, Ct);

    private static ReportVerified Verified(string category) => new(Guid.NewGuid(), TestUser.TamPhuoc, TestUser.ProvinceCode, category, null,
        new DateOnly(2026, 3, 2), true, Now.AddDays(-10));

    private static ReportResolved Resolved(string category, bool onTime) => new(Guid.NewGuid(), TestUser.TamPhuoc, TestUser.ProvinceCode, category, null,
        new DateOnly(2026, 3, 10), onTime, Now.AddDays(-20));

    /// <summary>A sheet as a ward types it: a row of headings, then year, category, count.</summary>
    private static byte[] BaselineWorkbook(params (object Year, string Category, object Count)[] rows) =>
        TestWorkbooks.Sheet("Năm gốc", [["Năm", "Loại phản ánh", "Số vụ"], .. rows.Select(r => new[] { r.Year, r.Category, r.Count })]);

    private async Task<HttpResponseMessage> UploadAsync(Guid target, byte[] content, string name = "nam-goc.xlsx")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", name);
        return await Api.PostAsync($"/targets/{target}/baseline.xlsx", form, Ct);
    }

    [Fact]
    public async Task A_reduction_of_verified_incidents_is_judged_against_the_baseline_uploaded_from_excel_over_the_chosen_categories()
    {
        var reduction = Reduction();
        await IssueAsync(Plan(TestUser.TamPhuoc, reduction));
        foreach (var category in new[] { "lan-chiem", "lan-chiem", "ve-sinh" }) await PublishAsync(Verified(category));
        await WaitForAsync(reduction.TargetId, 3, "three verified incidents counted");

        using var chosen = await Api.PutAsJsonAsync($"/targets/{reduction.TargetId}/report-categories", new { categories = new[] { "lan-chiem" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Equal(["lan-chiem"], (await chosen.Content.ReadFromJsonAsync<TargetDto>(Ct))!.ReportCategories);
        Assert.Equal(2m, await ValueOfAsync(reduction.TargetId));                                 // of lan-chiem only, at once

        using var uploaded = await UploadAsync(reduction.TargetId, BaselineWorkbook((2025, "lan-chiem", 10), (2025, "ve-sinh", 5), (2024, "lan-chiem", 99)));
        Assert.True(uploaded.StatusCode == HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync(Ct));
        var target = (await uploaded.Content.ReadFromJsonAsync<TargetDto>(Ct))!;
        Assert.Equal(10m, target.BaselineValue);                                                 // 2025's lan-chiem only
        Assert.Equal("Achieved", target.Status);                                                 // 10 → 2: a reduction of 80 %, more than 20 %
        Assert.Contains("80", target.StatusReason);

        await PublishAsync(Verified("lan-chiem"));
        await PublishAsync(Verified("ve-sinh"));                                                  // not counted any more
        await WaitForAsync(reduction.TargetId, 3, "a fourth lan-chiem incident counted");
    }

    [Fact]
    public async Task A_bad_baseline_sheet_is_refused_naming_the_file_and_changes_nothing()
    {
        var reduction = Reduction();
        await IssueAsync(Plan(TestUser.TamPhuoc, reduction));
        async Task<string> RefusedAsync(byte[] content, string name = "nam-goc.xlsx")
        {
            using var response = await UploadAsync(reduction.TargetId, content, name);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
            return problem.GetProperty("codes").GetProperty("file")[0].GetString()!;
        }
        Assert.Equal("not_a_workbook", await RefusedAsync("MZ not a workbook"u8.ToArray()));
        Assert.Equal("no_rows_for_year", await RefusedAsync(BaselineWorkbook((2024, "lan-chiem", 10))));
        Assert.Equal("bad_count", await RefusedAsync(BaselineWorkbook((2025, "lan-chiem", "nhiều"))));
        Assert.Equal("bad_year", await RefusedAsync(BaselineWorkbook((20.5, "lan-chiem", 3))));
        Assert.Null((await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{reduction.TargetId}", Ct))!.Target.BaselineValue);

        var neighbour = Targets.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc));
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PutAsJsonAsync($"/targets/{reduction.TargetId}/report-categories",
            new { categories = new[] { "lan-chiem" } }, Ct)).StatusCode);
        using var badCode = await Api.PutAsJsonAsync($"/targets/{reduction.TargetId}/report-categories", new { categories = new[] { "<b>x</b>" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Contains("invalid_code", await badCode.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_on_time_share_counts_the_categories_the_ward_chose_and_a_manual_target_has_none_to_choose()
    {
        var onTime = OnTime();
        var manual = Count();
        await IssueAsync(Plan(TestUser.TamPhuoc, onTime, manual));
        await PublishAsync(Resolved("lan-chiem", onTime: true));
        await PublishAsync(Resolved("ve-sinh", onTime: false));
        await WaitForAsync(onTime.TargetId, 50, "one of two resolved on time");

        using var chosen = await Api.PutAsJsonAsync($"/targets/{onTime.TargetId}/report-categories", new { categories = new[] { "LAN-CHIEM" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Equal(100m, await ValueOfAsync(onTime.TargetId));
        using var all = await Api.PutAsJsonAsync($"/targets/{onTime.TargetId}/report-categories", new { categories = Array.Empty<string>() }, Ct);
        Assert.Equal(50m, await ValueOfAsync(onTime.TargetId));                                  // empty again: every category

        using var onManual = await Api.PutAsJsonAsync($"/targets/{manual.TargetId}/report-categories", new { categories = new[] { "lan-chiem" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, onManual.StatusCode);
        Assert.Contains("not_from_reports", await onManual.Content.ReadAsStringAsync(Ct));
    }
}
