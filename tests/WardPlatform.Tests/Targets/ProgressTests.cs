using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Progress;
using WardPlatform.Targets.Tracking;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Targets;

public sealed class ProgressTests(TestServers servers) : TargetsServiceTests(servers)
{
    [Fact]
    public async Task Progress_with_evidence_is_stored_announced_and_the_files_download_as_uploaded()
    {
        var count = Count();
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var pdf = EvidenceFiles.Pdf();
        var png = EvidenceFiles.Png();

        var response = await Api.PostAsync($"/targets/{count.TargetId}/progress",
            ProgressForm("6", "2026-05-30", "Đã có 6 sáng kiến được công nhận", null, ("biên bản.pdf", pdf), ("ảnh.png", png)), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<ProgressDto>(Ct))!;
        Assert.Equal((6m, new DateOnly(2026, 5, 30), "officer-26068", "Người thử"), (report.Value, report.ReportedOn, report.ReportedBy, report.ReportedByName));
        Assert.Equal(["biên bản.pdf", "ảnh.png"], report.Evidence.Select(e => e.FileName));

        var download = await Api.GetAsync(report.Evidence[0].Url, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(png, await Api.GetByteArrayAsync(report.Evidence[1].Url, Ct));

        var detail = (await Api.GetFromJsonAsync<TargetDetailDto>($"/targets/{count.TargetId}", Ct))!;
        Assert.Equal(6m, detail.Target.LatestValue);
        Assert.Single(detail.History);
        Assert.Equal(2, detail.History[0].Evidence.Count);
        Assert.Equal([new SeriesPoint(new DateOnly(2026, 5, 30), 6m, null)], detail.Series);
        Assert.Equal(1, await OutboxCountAsync<ProgressRecorded>());
    }

    [Fact]
    public async Task Every_accepted_file_type_passes_and_a_split_target_takes_the_unit()
    {
        var split = new PlannedTarget(Guid.NewGuid(), "10 sáng kiến", "SplitCount", 10, "sáng kiến", Split: [new("Trung tâm", 3), new("Văn phòng", 7)]);
        await IssueAsync(Plan(TestUser.TamPhuoc, split));
        var response = await Api.PostAsync($"/targets/{split.TargetId}/progress", ProgressForm("2", "2026-05-30", null, "Trung tâm",
            ("a.jpg", EvidenceFiles.Jpeg()), ("b.docx", EvidenceFiles.Docx()), ("c.xlsx", EvidenceFiles.Xlsx())), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var types = await Targets.QueryAsync(db => db.EvidenceFiles.OrderBy(f => f.FileName).Select(f => f.ContentType).ToListAsync());
        Assert.Equal(["image/jpeg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], types);
        Assert.Equal("Trung tâm", await Targets.QueryAsync(db => db.ProgressReports.Select(r => r.Unit).SingleAsync()));
    }

    public static TheoryData<string, string?, string?, string?, string, string> BadReports => new()
    {
        // kind, value, reportedOn, unit → field, code
        { "Count", "-1", "2026-05-30", null, "value", "negative" },
        { "Count", "2000000", "2026-05-30", null, "value", "absurd" },
        { "Count", "mười", "2026-05-30", null, "value", "invalid_number" },
        { "Count", null, "2026-05-30", null, "value", "required" },
        { "ShareToReach", "120", "2026-05-30", null, "value", "absurd" },
        { "Count", "3", "2026-06-02", null, "reportedOn", "future" },
        { "Count", "3", "2026-02-31", null, "reportedOn", "invalid_date" },
        { "Count", "3", "31/02/2026", null, "reportedOn", "invalid_date" },
        { "Count", "3", null, null, "reportedOn", "required" },
        { "SplitCount", "3", "2026-05-30", "Phòng không có", "unit", "unknown_unit" },
        { "Rank", "0", "2026-05-30", null, "value", "invalid_rank" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task A_bad_report_is_refused_naming_the_field_in_Vietnamese_and_changes_nothing(
        string kind, string? value, string? reportedOn, string? unit, string field, string code)
    {
        var planned = new PlannedTarget(Guid.NewGuid(), "Chỉ tiêu", kind, kind == "ShareToReach" ? 95 : 5, kind == "ShareToReach" ? "%" : "đơn vị",
            OutOf: 95, Split: kind == "SplitCount" ? [new("Trung tâm", 5)] : null);
        await IssueAsync(Plan(TestUser.TamPhuoc, planned));
        var before = await Targets.QueryAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == planned.TargetId));

        var response = await Api.PostAsync($"/targets/{planned.TargetId}/progress",
            ProgressForm(value, reportedOn, null, unit, ("minh chứng.pdf", EvidenceFiles.Pdf())), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("codes").GetProperty(field)[0].GetString());
        Assert.Matches("[àáảãạăâđêôơưếềệốồộớờợứừựạ]", problem.GetProperty("errors").GetProperty(field)[0].GetString()!);
        await AssertNothingChangedAsync(before);
    }

    public static TheoryData<string, string, HttpStatusCode, string> BadFiles => new()
    {
        { "chương trình.pdf", "exe", HttpStatusCode.BadRequest, "unsupported_type" },
        { "ghi chú.txt", "txt", HttpStatusCode.BadRequest, "unsupported_type" },
        { "ảnh.png", "pdf", HttpStatusCode.BadRequest, "unsupported_type" },
        { "giả.docx", "xlsx", HttpStatusCode.BadRequest, "unsupported_type" },
        { "rỗng.pdf", "empty", HttpStatusCode.BadRequest, "empty_file" },
        { "lớn.pdf", "large", HttpStatusCode.RequestEntityTooLarge, "file_too_large" },
        { "sáu.pdf", "six", HttpStatusCode.BadRequest, "too_many_files" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_wrong_type_too_large_or_too_many_evidence_files_are_refused_and_nothing_is_half_written(
        string name, string content, HttpStatusCode status, string code)
    {
        var count = Count();
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var before = await Targets.QueryAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == count.TargetId));
        (string, byte[])[] files = content switch
        {
            "exe" => [(name, EvidenceFiles.Exe())],
            "txt" => [(name, "chỉ là văn bản"u8.ToArray())],
            "pdf" => [(name, EvidenceFiles.Pdf())],
            "xlsx" => [(name, EvidenceFiles.Xlsx())],
            "empty" => [(name, [])],
            "large" => [("nhỏ.pdf", EvidenceFiles.Pdf()), (name, [.. EvidenceFiles.Pdf(), .. new byte[EvidenceCheck.MaxBytes]])],
            _ => Enumerable.Range(0, 6).Select(i => ($"{i}-{name}", EvidenceFiles.Pdf())).ToArray(),
        };

        var response = await Api.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("3", "2026-05-30", null, null, files), Ct);

        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("codes").GetProperty("evidence")[0].GetString());
        await AssertNothingChangedAsync(before);
    }

    [Fact]
    public async Task Another_wards_target_is_404_to_read_report_on_and_download_from()
    {
        var count = Count();
        await IssueAsync(Plan(TestUser.BinhPhuoc, count));
        var binhPhuoc = Targets.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc));
        var created = await binhPhuoc.PostAsync($"/targets/{count.TargetId}/progress",
            ProgressForm("3", "2026-05-30", null, null, ("a.pdf", EvidenceFiles.Pdf())), Ct);
        var file = (await created.Content.ReadFromJsonAsync<ProgressDto>(Ct))!.Evidence[0];

        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/targets/{count.TargetId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync(file.Url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await Api.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("9", "2026-05-30"), Ct)).StatusCode);
        Assert.Equal(1, await CountAsync<ProgressReport>());
        var otherProvince = Targets.ClientAs(TestUser.ProvinceOfficial(TestUser.OtherProvinceCode));
        Assert.Equal(HttpStatusCode.NotFound, (await otherProvince.GetAsync($"/targets/{count.TargetId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_province_official_reads_a_wards_target_and_its_evidence_but_cannot_report_progress()
    {
        var count = Count();
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var created = await Api.PostAsync($"/targets/{count.TargetId}/progress",
            ProgressForm("3", "2026-05-30", null, null, ("a.pdf", EvidenceFiles.Pdf())), Ct);
        var file = (await created.Content.ReadFromJsonAsync<ProgressDto>(Ct))!.Evidence[0];
        var official = Targets.ClientAs(TestUser.ProvinceOfficial());

        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync($"/targets/{count.TargetId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync(file.Url, Ct)).StatusCode);
        var refused = await official.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("9", "2026-05-30"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("read_only", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(1, await CountAsync<ProgressReport>());
        Assert.Equal(1, await OutboxCountAsync<ProgressRecorded>());
    }

    [Fact]
    public async Task A_broken_multipart_body_is_a_400_problem_not_a_500()
    {
        var count = Count();
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var body = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"value\"\r\n\r\n3");
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        var response = await Api.PostAsync($"/targets/{count.TargetId}/progress", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await CountAsync<ProgressReport>());
    }

    [Fact]
    public async Task A_report_without_a_token_is_401()
    {
        var count = Count();
        await IssueAsync(Plan(TestUser.TamPhuoc, count));
        var anonymous = Targets.ClientAs(null);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsync($"/targets/{count.TargetId}/progress", ProgressForm("3", "2026-05-30"), Ct)).StatusCode);
        Assert.Equal(0, await CountAsync<ProgressReport>());
    }

    private async Task AssertNothingChangedAsync(Target before)
    {
        Assert.Equal(0, await CountAsync<ProgressReport>());
        Assert.Equal(0, await CountAsync<EvidenceFile>());
        Assert.Equal(0, await OutboxCountAsync<ProgressRecorded>());
        Assert.Equal(0, await OutboxCountAsync<TargetStatusChanged>());
        var after = await Targets.QueryAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == before.Id));
        Assert.Equal((before.Status, before.StatusReason, before.LatestValue, before.ReportCount),
            (after.Status, after.StatusReason, after.LatestValue, after.ReportCount));
    }
}
