using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Reports.Filing;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Reports;

/// <summary>A citizen files, staff handle, the citizen follows and answers; photos, history, deadlines and events along the way.</summary>
public sealed class ReportLifecycleTests(TestServers servers) : ReportsServiceTests(servers)
{
    [Fact]
    public async Task A_report_is_filed_with_a_gps_photo_routed_resolved_with_an_after_photo_and_confirmed_by_its_reporter()
    {
        var (code, id) = await FileAsync(Form(anonymous: false, name: "Nguyễn Thị Lan", phone: "0912345678", photos: ("dien-thoai.jpg", TestImages.JpegWithGps())));

        var stored = await Reports.QueryAsync(db => db.Photos.AsNoTracking().SingleAsync(p => p.ReportId == id));
        Assert.False(TestImages.HasExif(stored.Content));
        Assert.True(TestImages.HasExif(TestImages.JpegWithGps()));
        Assert.Equal((64, 48, false), (stored.Width, stored.Height, stored.Approved));

        var queue = await Officer.GetFromJsonAsync<JsonElement>("/reports", Ct);
        var item = queue.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("Assigned", "Phòng Kinh tế - Hạ tầng - Đô thị"), (item.GetProperty("status").GetString(), item.GetProperty("unit").GetString()));
        // 5 working days from Thursday 12/02/2026 across Tết (14–22/02): 13, 23, 24, 25, 26.
        Assert.Equal("2026-02-26", item.GetProperty("dueOn").GetString());
        var queueText = queue.ToString();
        Assert.DoesNotContain("0912345678", queueText);
        Assert.DoesNotContain("Nguyễn Thị Lan", queueText);
        Assert.DoesNotContain("0912345678", await Officer.GetStringAsync($"/reports/{id}", Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await Officer.GetAsync($"/reports/{id}/contact", Ct)).StatusCode);
        var contact = await Office.GetFromJsonAsync<JsonElement>($"/reports/{id}/contact", Ct);
        Assert.Equal("0912345678", contact.GetProperty("phone").GetString());

        var tracked = await TrackAsync(code);
        Assert.Empty(tracked.GetProperty("photos").EnumerateArray());   // not yet approved
        Assert.DoesNotContain("0912345678", tracked.ToString());

        Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.OK, (await Officer.PostAsJsonAsync($"/reports/{id}/start", new { note = "Tổ công tác đến hiện trường" }, Ct)).StatusCode);
        var noPhoto = new MultipartFormDataContent { { new StringContent("Đã xử lý"), "note" } };
        var refused = await Officer.PostAsync($"/reports/{id}/resolve", noPhoto, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Clock.Advance(TimeSpan.FromDays(12));                              // 24/02/2026: before the due date
        Assert.Equal(HttpStatusCode.OK, (await ResolveAsync(id)).StatusCode);

        tracked = await TrackAsync(code);
        Assert.Equal(("Resolved", true), (tracked.GetProperty("status").GetString(), tracked.GetProperty("canConfirm").GetBoolean()));
        Clock.Advance(TimeSpan.FromHours(2));
        var confirmed = await Citizen.PostAsync($"/public/track/{code}/confirm", null, Ct);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Verified", (await TrackAsync(code)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Citizen.PostAsync($"/public/track/{code}/confirm", null, Ct)).StatusCode);

        var detail = await Officer.GetFromJsonAsync<JsonElement>($"/reports/{id}", Ct);
        Assert.Equal(["received", "assigned", "started", "resolved", "confirmed"],
            detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.True(detail.GetProperty("onTime").GetBoolean());
        var types = await OutboxTypesAsync();
        Assert.Equal(1, await OutboxCountAsync<ReportReceived>());
        Assert.Equal(1, await OutboxCountAsync<ReportAssigned>());
        Assert.Equal(1, await OutboxCountAsync<ReportResolved>());
        Assert.Equal(1, await OutboxCountAsync<ReportVerified>());
        Assert.DoesNotContain(await Reports.QueryAsync(db => db.Set<WardPlatform.Messaging.Outbox.OutboxMessage>().Select(m => m.Payload).ToListAsync()),
            p => p.Contains("0912345678"));
        Assert.NotEmpty(types);

        // The audit log gets the report's changes, never its tracking code (which lets anyone answer as the reporter).
        var audits = (await Reports.QueryAsync(db => db.Set<WardPlatform.Messaging.Outbox.OutboxMessage>().ToListAsync()))
            .Where(m => m.Type.StartsWith(typeof(AuditRecorded).FullName + ",", StringComparison.Ordinal))
            .Select(m => (AuditRecorded)m.Deserialize()).ToList();
        Assert.Contains(audits, a => a is { Subject: nameof(Report), Action: AuditActions.Created } && a.SubjectId == id.ToString());
        Assert.DoesNotContain(audits, a => (a.SubjectId ?? "").Contains(code.Replace("-", "")) || a.Subject == "TrackingCode");
    }

    [Fact]
    public async Task Overdue_counts_working_days_across_Tet_and_an_extension_never_moves_the_original_due_date()
    {
        var (_, id) = await FileAsync(Form());
        Clock.Set(new DateTimeOffset(2026, 2, 20, 2, 0, 0, TimeSpan.Zero));    // 8 days later, all of them Tết
        Assert.False((await Officer.GetFromJsonAsync<JsonElement>($"/reports/{id}", Ct)).GetProperty("report").GetProperty("overdue").GetBoolean());
        Clock.Set(new DateTimeOffset(2026, 2, 27, 2, 0, 0, TimeSpan.Zero));
        var overdue = await Officer.GetFromJsonAsync<JsonElement>("/reports?overdue=true", Ct);
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());

        var extended = await Officer.PostAsJsonAsync($"/reports/{id}/extend", new { until = "2026-03-06", reason = "Chờ ý kiến Phòng Kinh tế" }, Ct);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var earlier = await Officer.PostAsJsonAsync($"/reports/{id}/extend", new { until = "2026-03-02", reason = "Lại" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ResolveAsync(id)).StatusCode);
        var report = await Reports.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((new DateOnly(2026, 2, 26), new DateOnly(2026, 3, 6), false), (report.DueOn, report.ExtendedTo!.Value, report.OnTime!.Value));
        var resolved = await Reports.QueryAsync(db => db.Set<WardPlatform.Messaging.Outbox.OutboxMessage>()
            .Where(m => m.Type.StartsWith(typeof(ReportResolved).FullName!)).Select(m => m.Payload).SingleAsync());
        var onTime = JsonDocument.Parse(resolved).RootElement.EnumerateObject().Single(p => p.Name.Equals("onTime", StringComparison.OrdinalIgnoreCase));
        Assert.False(onTime.Value.GetBoolean());
        // The report's neighbourhood travels with it: rankings ranks a ward's khu phố, ấp from these events alone.
        var neighbourhood = JsonDocument.Parse(resolved).RootElement.EnumerateObject().Single(p => p.Name.Equals("neighbourhoodId", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(KhuPho1, neighbourhood.Value.GetGuid());
    }

    [Fact]
    public async Task Moves_not_allowed_from_the_current_status_are_409_and_change_nothing()
    {
        var (code, id) = await FileAsync(Form());
        Assert.Equal(HttpStatusCode.Conflict, (await Officer.PostAsJsonAsync($"/reports/{id}/verify", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Citizen.PostAsync($"/public/track/{code}/confirm", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Officer.PostAsJsonAsync($"/reports/{id}/reject", new { reason = "vi-sao" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Officer.PostAsJsonAsync($"/reports/{id}/reject", new { reason = "khong_du_thong_tin" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Officer.PostAsJsonAsync($"/reports/{id}/start", new { }, Ct)).StatusCode);
        Assert.Equal(ReportStatus.Rejected, await Reports.QueryAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await Reports.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc)).GetAsync($"/reports/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Reports.ClientAs(TestUser.ProvinceOfficial()).PostAsJsonAsync($"/reports/{id}/start", new { }, Ct)).StatusCode);
    }
}
