using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using WardPlatform.Tenancy;
using WardPlatform.Testing;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>The plans and targets web front in a real browser: import review, lifecycle, board, progress entry.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlanWebFrontTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string[] StatusLabels = ["Đúng tiến độ", "Có nguy cơ", "Đạt", "Không đạt"];
    // A 1×1 PNG: the targets service checks the file's signature, not only its name.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";
    private static string SeedPath => Path.Combine(AppContext.BaseDirectory, "Plans", "Seeds", "ke-hoach-tam-phuoc-500-ngay-dem-2026.md");

    [Fact]
    public async Task A_ward_chairman_imports_reviews_confirms_and_issues_a_plan_then_reports_progress_with_evidence()
    {
        var chairman = platform.People.Find(WardRoles.WardChairman, TestUser.TamPhuoc);
        var page = await SignedInPageAsync(chairman);
        var token = Random.Shared.Next(1000, 9999);
        var number = $"{token}/KH-UBND";
        var title = $"Kế hoạch thực hiện 03 nội dung trọng tâm đợt kiểm thử {token}";

        // Import: the review screen shows the source text beside what was read.
        await page.Locator("#nav-plans").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập kế hoạch từ tệp" }).ClickAsync();
        await page.Locator("#file").SetInputFilesAsync(SeedPath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();
        await WaitForReviewAsync(page);
        Assert.Contains("Số: 118/KH-UBND", await page.Locator("#source-text").InnerTextAsync());
        Assert.Equal("118/KH-UBND", await page.Locator("#Review_Number").InputValueAsync());
        Assert.Equal("30/05/2026", await page.Locator("#Review_IssuedOn").InputValueAsync());
        Assert.StartsWith("Triển khai các 03 nội dung trọng tâm", await page.Locator("#Review_Title").InputValueAsync());
        Assert.Equal(7, await page.Locator("#themes tbody tr:not(.new-row)").CountAsync());
        var targetRows = await page.Locator("#targets tr.target-row:not(.new-row)").CountAsync();
        Assert.True(targetRows >= 5, $"the seed's targets are listed for review ({targetRows})");
        var sipas = page.Locator("#targets tr.target-row", new() { HasText = "SIPAS" }).First;
        Assert.Equal("95", await sipas.Locator("input[name$='.Value']").InputValueAsync());
        // The owner is chosen among the ward's units (the directory's), not typed.
        var ownerUnit = "Hội Cựu chiến binh phường Tam Phước";
        await sipas.Locator("select[name$='.OwnerUnit']").SelectOptionAsync(new SelectOptionValue { Label = ownerUnit });

        // A wrong date is refused in Vietnamese and nothing is saved; corrected, the plan is confirmed.
        await page.Locator("#Review_Number").FillAsync(number);
        await page.Locator("#Review_Title").FillAsync(title);
        await page.Locator("#Review_IssuedOn").FillAsync("31/02/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        Assert.Contains("Ngày ban hành không hợp lệ", await page.Locator("#Review_IssuedOn-error").InnerTextAsync());
        Assert.Equal(title, await page.Locator("#Review_Title").InputValueAsync());
        await page.Locator("#Review_IssuedOn").FillAsync("30/05/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/plans/[0-9a-f-]{36}$"));
        var planUrl = page.Url;
        Assert.Equal(title, await page.Locator("#plan-title").InnerTextAsync());
        Assert.Equal(number, await page.Locator("#plan-number").InnerTextAsync());
        Assert.Equal("Dự thảo", await page.Locator("#plan-status").InnerTextAsync());
        Assert.Contains("Vũ Quốc Thái", await page.Locator("#signer").InnerTextAsync());

        // Issue: the date starts as the document's; 31/02 is refused beside the field and nothing moves.
        using var api = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        var planId = planUrl[^36..];
        var note = $"Ban hành sau khi lấy ý kiến 07 khu phố (đợt {token})";
        Assert.Equal("30/05/2026", await page.Locator("#move-issued-on").InputValueAsync());
        await page.Locator("#move-issued-on").FillAsync("31/02/2026");
        await page.Locator("#move-note").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
        Assert.StartsWith("Ngày ban hành không hợp lệ", await page.Locator("#move-issued-on-error").InnerTextAsync());
        Assert.Equal("Dự thảo", await page.Locator("#plan-status").InnerTextAsync());
        Assert.Equal(note, await page.Locator("#move-note").InputValueAsync());
        Assert.Equal("Draft", (await PlanAsync(api, planId)).GetProperty("status").GetString());

        // A note the plans service's free-text rule refuses comes back beside the note, in Vietnamese.
        await page.Locator("#move-issued-on").FillAsync("15/06/2026");
        await page.Locator("#move-note").FillAsync("Ban hành <script>alert(1)</script>");
        await page.Locator("#move-confirm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
        Assert.Equal("Ghi chú không được chứa mã HTML, lệnh SQL hay ký tự điều khiển.", await page.Locator("#move-note-error").InnerTextAsync());
        Assert.Equal("Draft", (await PlanAsync(api, planId)).GetProperty("status").GetString());

        // Issued with a note and a date: the history names the chairman and shows the note, the plan carries the date.
        await page.Locator("#move-note").FillAsync(note);
        // Issuing cannot be undone: it asks for the box to be ticked.
        await page.Locator("#move-confirm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
        Assert.Equal("Kế hoạch đã chuyển sang trạng thái “Đã ban hành”.", await page.Locator("#moved").InnerTextAsync());
        Assert.Equal("Đã ban hành", await page.Locator("#plan-status").InnerTextAsync());
        var issued = page.Locator("#history tbody tr", new() { HasText = "Dự thảo → Đã ban hành" });
        Assert.Contains(chairman.DisplayName, await issued.InnerTextAsync());
        Assert.Equal(note, await issued.Locator("td").Nth(3).InnerTextAsync());
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", await issued.Locator("td").First.InnerTextAsync());
        Assert.Contains("ngày 15/06/2026", await page.Locator(".doc-place").InnerTextAsync());
        Assert.Equal("2026-06-15", (await PlanAsync(api, planId)).GetProperty("issuedOn").GetString());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu thực hiện" }).CountAsync());

        // The targets service registers the board a moment later: the page shows it without being reloaded
        // (a mark left on this very document is still there once the rows appear).
        await page.EvaluateAsync("() => { window.samePage = 'yes'; }");
        await page.Locator(".board-target").First.WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.samePage"));
        Assert.Equal(0, await page.Locator("#board-progress").CountAsync());
        Assert.Equal(targetRows, await page.Locator(".board-target").CountAsync());
        Assert.Equal(1, await page.Locator("#unit-summary tbody tr", new() { HasText = "Tổng cộng" }).CountAsync());
        Assert.StartsWith($"{targetRows} chỉ tiêu: ", await page.Locator("#board-summary").InnerTextAsync());
        Assert.Equal(ownerUnit, await page.Locator(".board-target", new() { HasText = "SIPAS" }).Locator("td").Nth(4).InnerTextAsync());

        // The unit named on review has its own board.
        await page.GetByRole(AriaRole.Link, new() { Name = ownerUnit }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/targets/unit?name="));
        Assert.Equal(1, await page.Locator("#unit-targets tbody tr").CountAsync());
        Assert.Contains("SIPAS", await page.Locator("#unit-targets tbody tr").InnerTextAsync());
        // The unit's báo cáo downloads from its page, its heading naming the unit.
        var unitDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator("#unit-excel-link").ClickAsync());
        var unitSaved = Path.Combine(Path.GetTempPath(), $"unit-board-{Guid.NewGuid()}.xlsx");
        await unitDownload.SaveAsAsync(unitSaved);
        try
        {
            Assert.EndsWith(".xlsx", unitDownload.SuggestedFilename);
            Assert.Contains($"Tiến độ thực hiện chỉ tiêu của {ownerUnit}", WorkbookText(unitSaved));
            Assert.Contains("SIPAS", WorkbookText(unitSaved));
        }
        finally
        {
            File.Delete(unitSaved);
        }
        await page.GotoAsync(planUrl);

        // The Excel export downloads as an attachment and holds the plan's number.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#excel-link").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), $"board-{Guid.NewGuid()}.xlsx");
        await download.SaveAsAsync(saved);
        try
        {
            Assert.Contains(number, WorkbookText(saved));
        }
        finally
        {
            File.Delete(saved);
        }

        // A target: progress with evidence shows the report, the chart and the status.
        await page.Locator(".board-target a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/targets/[0-9a-f-]{36}$"));
        Assert.Equal("Chưa có báo cáo nào.", await page.Locator("#no-reports").InnerTextAsync());
        var evidence = Path.Combine(Path.GetTempPath(), $"minh-chung-{token}.png");
        await File.WriteAllBytesAsync(evidence, Png, TestContext.Current.CancellationToken);
        try
        {
            await page.Locator("#Value").FillAsync("3");
            await page.Locator("#Note").FillAsync("Báo cáo đợt một, có ảnh minh chứng.");
            await page.Locator("#evidence").SetInputFilesAsync(evidence);
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        }
        finally
        {
            File.Delete(evidence);
        }
        Assert.StartsWith("Đã ghi nhận báo cáo. Trạng thái chỉ tiêu: ", await page.Locator("#recorded").InnerTextAsync());
        Assert.Contains(await page.Locator("#target-status").InnerTextAsync(), StatusLabels);
        Assert.NotEmpty(await page.Locator("#status-reason").InnerTextAsync());
        var report = page.Locator("#report-table tbody tr");
        Assert.Equal(1, await report.CountAsync());
        Assert.Contains("Báo cáo đợt một, có ảnh minh chứng.", await report.InnerTextAsync());
        Assert.Contains(chairman.DisplayName, await report.InnerTextAsync());
        Assert.Equal(1, await page.Locator("#progress-chart polyline.series").CountAsync());
        // The chart runs over the target's whole period, with the level expected at each date.
        Assert.Equal(1, await page.Locator("#progress-chart polyline#chart-expected").CountAsync());
        Assert.Matches(@"^\d{2}/\d{2}$", await page.Locator("#progress-chart .x-tick").First.TextContentAsync() ?? "");
        var file = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.evidence").ClickAsync());
        Assert.Equal($"minh-chung-{token}.png", file.SuggestedFilename);

        // A negative value is refused in Vietnamese next to the field, and no report is added.
        await page.Locator("#Value").FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        Assert.Equal("Giá trị báo cáo không được âm.", await page.Locator("#Value-error").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#report-table tbody tr").CountAsync());

        // Search without diacritics finds the plan.
        await page.GotoAsync(Home + $"plans?q={Uri.EscapeDataString($"noi dung trong tam dot kiem thu {token}")}");
        var found = page.Locator("#plans tbody tr");
        Assert.Equal(1, await found.CountAsync());
        Assert.Contains(number, await found.InnerTextAsync());
        Assert.Contains("Đã ban hành", await found.InnerTextAsync());
        Assert.Matches(@"\d{2}/\d{2}/\d{4}", await found.Locator("td").Nth(3).InnerTextAsync());
    }

    [Fact]
    public async Task The_review_corrects_legal_bases_and_phases_refuses_an_impossible_phase_deadline_and_stores_the_corrections()
    {
        var page = await SignedInPageAsync(platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc));
        using var api = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var token = Random.Shared.Next(1000, 9999);
        var number = $"{token}/KH-UBND-RV";
        await page.GotoAsync(Home + "plans/import");
        await page.Locator("#file").SetInputFilesAsync(SeedPath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();
        await WaitForReviewAsync(page);

        // What the importer read is in the form: three legal bases (two cite plans), 35 phases, stages and splits on their targets.
        var bases = page.Locator("#legal-bases tr.basis-row:not(.new-row)");
        Assert.Equal(3, await bases.CountAsync());
        Assert.Contains("05-NQ/TU", await bases.Nth(0).Locator("textarea").InputValueAsync());
        Assert.Equal("", await bases.Nth(0).Locator("input[name$='.PlanNumber']").InputValueAsync());
        Assert.Equal("55-KH/ĐU", await bases.Nth(1).Locator("input[name$='.PlanNumber']").InputValueAsync());
        var phases = page.Locator("#phases tr.phase-row:not(.new-row)");
        Assert.Equal(35, await phases.CountAsync());
        Assert.Equal("Khởi động và chuẩn bị", await phases.Nth(0).Locator("textarea[name$='.Title']").InputValueAsync());
        Assert.Equal("31/05/2026", await phases.Nth(0).Locator("input[name$='.Ends']").InputValueAsync());
        Assert.Equal("Các mốc: 95% trước 30/11/2026; 100% trước 31/12/2026", await page.Locator("#targets tr.target-row p.stages").InnerTextAsync());
        Assert.Contains("Trung tâm Phục vụ Hành chính công: 3; Văn phòng HĐND-UBND: 2", await page.Locator("#targets tr.target-row p.split").InnerTextAsync());

        // Corrections, a removed phase, and an impossible deadline: refused in Vietnamese beside that phase, nothing saved.
        await page.Locator("#Review_Number").FillAsync(number);
        var basisText = $"Căn cứ Kế hoạch số 55-KH/ĐU ngày 25/5/2026 của Đảng ủy phường Tam Phước (đã đối chiếu {token})";
        await bases.Nth(1).Locator("textarea").FillAsync(basisText);
        await phases.Nth(0).Locator("input[name$='.Ends']").FillAsync("05/06/2026");
        await phases.Nth(0).Locator("textarea[name$='.Outputs']").FillAsync("Kế hoạch chi tiết của từng khu phố");
        var removed = (await phases.Nth(2).Locator("input[name$='.ThemeNumber']").InputValueAsync(), await phases.Nth(2).Locator("input[name$='.Number']").InputValueAsync());
        await phases.Nth(2).Locator("input[name$='.Remove']").CheckAsync();
        var kept = phases.Nth(3).Locator("input[name$='.Ends']");
        var keptDeadline = await kept.InputValueAsync();
        Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", keptDeadline);
        await kept.FillAsync("31/02/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        Assert.StartsWith("Hạn của giai đoạn không hợp lệ", await phases.Nth(3).Locator(".phase-ends-error").InnerTextAsync());
        Assert.Equal(1, await page.Locator(".phase-ends-error").CountAsync());
        Assert.EndsWith("/plans/import?handler=Confirm", page.Url);
        Assert.True(await phases.Nth(2).Locator("input[name$='.Remove']").IsCheckedAsync());
        Assert.Equal(basisText, await bases.Nth(1).Locator("textarea").InputValueAsync());
        Assert.Empty(await api.GetFromJsonAsync<JsonElement[]>($"/api/plans/plans?q={Uri.EscapeDataString(number)}", TestContext.Current.CancellationToken) ?? []);

        // Put right, the plan is confirmed and the service holds every correction.
        await kept.FillAsync(keptDeadline);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/plans/[0-9a-f-]{36}$"));
        var plan = await api.GetFromJsonAsync<JsonElement>($"/api/plans/plans/{page.Url[^36..]}", TestContext.Current.CancellationToken);
        Assert.Equal(number, plan.GetProperty("number").GetString());
        var storedBases = plan.GetProperty("legalBases");
        Assert.Equal(3, storedBases.GetArrayLength());
        Assert.Equal(basisText, storedBases[1].GetProperty("text").GetString());
        Assert.Equal(("Kế hoạch", "55-KH/ĐU"), (storedBases[1].GetProperty("documentKind").GetString(), storedBases[1].GetProperty("documentNumber").GetString()));
        var storedPhases = plan.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(34, storedPhases.Count);
        Assert.Equal("2026-06-05", storedPhases[0].GetProperty("ends").GetString());
        Assert.Equal(["Kế hoạch chi tiết của từng khu phố"], storedPhases[0].GetProperty("expectedOutputs").EnumerateArray().Select(o => o.GetString()));
        Assert.DoesNotContain(storedPhases, p => (p.GetProperty("themeNumber").GetString(), p.GetProperty("number").GetInt32().ToString()) == removed);
        Assert.Equal(DateOnly.ParseExact(keptDeadline, "dd/MM/yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            storedPhases[2].GetProperty("ends").GetString());

        // An officer may not issue: the page offers "Trình ký" (send to the chairman) instead, and the plan stays a draft.
        var planId = page.Url[^36..];
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Trình ký" }).CountAsync());
        Assert.Equal("Dự thảo", await page.Locator("#plan-status").InnerTextAsync());
        Assert.Equal("Draft", (await PlanAsync(api, planId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_review_of_a_Word_plan_shows_each_items_source_line_its_period_and_award_quotas_and_what_was_only_partly_read()
    {
        var page = await SignedInPageAsync(platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc));
        foreach (var (name, check) in new (string, Func<Task>)[]
        {
            ("ke-hoach-phuong-tan-mai-2026", async () =>
            {
                Assert.Equal("15/01/2026", await page.Locator("#Review_PeriodStart").InputValueAsync());
                Assert.Equal("31/12/2026", await page.Locator("#Review_PeriodEnd").InputValueAsync());
                var quotas = page.Locator("#award-quotas tr.quota-row:not(.new-row)");
                Assert.Equal(2, await quotas.CountAsync());
                Assert.Equal("giay-khen", await quotas.Nth(0).Locator("select[name$='.AwardForm']").InputValueAsync());
                Assert.Equal("collective", await quotas.Nth(0).Locator("select[name$='.RecipientKind']").InputValueAsync());
                Assert.Equal("3", await quotas.Nth(0).Locator("input[name$='.MaxCount']").InputValueAsync());
                Assert.Equal("final", await quotas.Nth(0).Locator("select[name$='.Occasion']").InputValueAsync());
                await AssertEachTargetShowsItsSourceLineAsync(page);
                // Every line with a figure is listed with what it became: the nine of this plan, none left unread.
                var figures = page.Locator("#figures tr.figure-row");
                Assert.Equal(9, await figures.CountAsync());
                Assert.DoesNotContain("Không đọc được", await figures.Locator("td:nth-child(4)").AllInnerTextsAsync());
            }),
            ("ke-hoach-xa-dai-phuoc-2026", async () =>
            {
                Assert.Equal("", await page.Locator("#Review_PeriodStart").InputValueAsync());
                Assert.Contains("Ngày bắt đầu thực hiện chỉ đọc được một phần (tháng 02/2026", await page.Locator("#period-notes").InnerTextAsync());
                Assert.Contains("Ngày sơ kết chỉ đọc được một phần (tháng 6/2026", await page.Locator("#period-notes").InnerTextAsync());
                Assert.Equal("20/12/2026", await page.Locator("#Review_FinalReview").InputValueAsync());
                await AssertEachTargetShowsItsSourceLineAsync(page);
            }),
        })
        {
            var (fileName, bytes) = WardPlatform.Tests.Plans.Corpus.PlanCorpus.File(name);
            await UploadAsync(page, fileName, bytes);
            await check();
        }
    }

    [Fact]
    public async Task The_review_proposes_each_owner_among_the_wards_units_lists_unread_figures_with_their_place_and_stores_corrected_quotas()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var page = await SignedInPageAsync(officer);
        // The screen an office works on: nothing of the review runs past its pane.
        await page.SetViewportSizeAsync(1366, 768);
        var token = Random.Shared.Next(1000, 9999);
        var plan = $"""
            Số: {token}/KH-UBND
            Tam Phước, ngày 02 tháng 3 năm 2026
            KẾ HOẠCH
            Thi đua bảo đảm an ninh trật tự năm 2026 (đợt kiểm thử {token})
            I. THỜI GIAN
            Từ ngày 02/3/2026 đến ngày 31/12/2026.
            II. NỘI DUNG VÀ CHỈ TIÊU
            - Kéo giảm ít nhất 20% số vụ phạm pháp hình sự so với năm 2025.
            Trách nhiệm: Cong an phuong.
            - Tổ chức ít nhất 02 đợt ra quân dọn vệ sinh chợ, hoàn thành trước ngày 30/9/2026 (Trách nhiệm: Ban Quản lý chợ).
            - Tổ chức 3 hội nghị chuyên đề.
            III. KHEN THƯỞNG
            Tặng Giấy khen cho tối đa 04 tập thể và 08 cá nhân có thành tích xuất sắc.
            Nơi nhận:
            - Như trên;
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Văn An
            """;
        await UploadAsync(page, "ke-hoach-an-ninh.md", System.Text.Encoding.UTF8.GetBytes(plan));

        // Owners: "Cong an phuong" is the ward's police (the directory's name preselected, the words as written beside it);
        // "Ban Quản lý chợ" is no unit of the ward: kept as written, with a warning beside it and in "Không đọc được".
        var rows = page.Locator("#targets tr.target-row:not(.new-row)");
        Assert.Equal(2, await rows.CountAsync());
        var police = rows.Nth(0).Locator("select[name$='.OwnerUnit']");
        Assert.Equal("Công an phường Tam Phước", await police.InputValueAsync());
        Assert.Equal("Công an phường Tam Phước", (await police.Locator("option:checked").InnerTextAsync()).Trim());
        Assert.Contains("Cong an phuong", await rows.Nth(0).Locator(".owner-written").InnerTextAsync());
        Assert.True(await police.Locator("option").CountAsync() >= 13, "every unit of the ward is offered");
        Assert.Equal("Ban Quản lý chợ", await rows.Nth(1).Locator("select[name$='.OwnerUnit']").InputValueAsync());
        Assert.Contains("không có trong danh sách đơn vị", await rows.Nth(1).Locator(".owner-unmatched").InnerTextAsync());
        // The deadline written in the target's sentence.
        Assert.Equal("30/09/2026", await rows.Nth(1).Locator("input[name$='.Deadline']").InputValueAsync());
        await AssertEachTargetShowsItsSourceLineAsync(page);
        Assert.Equal(["Từ dòng 8 của văn bản gốc", "Từ dòng 10 của văn bản gốc"], (await rows.Locator("p.source-line").AllInnerTextsAsync()).Select(t => t.Trim()));

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 1366 px");
        var pane = (await page.Locator(".draft-pane").BoundingBoxAsync())!;
        foreach (var table in new[] { "#targets", "#phases", "#award-quotas", "#legal-bases" })
        {
            var box = (await page.Locator(table).BoundingBoxAsync())!;
            Assert.True(box.X + box.Width <= pane.X + pane.Width + 1, $"{table} ends at {box.X + box.Width}, its pane at {pane.X + pane.Width}");
        }
        var date = await rows.Nth(1).Locator("input[name$='.Deadline']").EvaluateAsync<string>(
            "e => { const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(e).font; return Math.ceil(c.measureText(e.value).width) + '/' + e.clientWidth; }");
        Assert.True(int.Parse(date.Split('/')[0]) <= int.Parse(date.Split('/')[1]), $"the date shows whole (text/field width {date})");

        // "Không đọc được" quotes the figure nothing read, with its line and section.
        var unread = await page.Locator("#unread").InnerTextAsync();
        Assert.Contains("Không đọc được ở dòng 11, mục II: “- Tổ chức 3 hội nghị chuyên đề.”", unread);
        Assert.Contains("Đơn vị chủ trì “Ban Quản lý chợ” (chỉ tiêu ở dòng 10)", unread);

        // Award quotas are edited before confirmation: 4 collectives become 5, the individuals' quota is removed.
        var quotas = page.Locator("#award-quotas tr.quota-row:not(.new-row)");
        Assert.Equal(2, await quotas.CountAsync());
        await quotas.Nth(0).Locator("input[name$='.MaxCount']").FillAsync("0");
        await rows.Nth(1).Locator("select[name$='.OwnerUnit']").SelectOptionAsync(new SelectOptionValue { Label = "Phòng Kinh tế - Hạ tầng và Đô thị" });
        await quotas.Nth(1).Locator("input[name$='.Remove']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        Assert.Contains("từ 1 trở lên", await page.Locator("#award-quotas tr.quota-row").Nth(0).Locator(".field-error").InnerTextAsync());
        // The refused confirmation lists the error at the top; its link leads to the field.
        await page.Locator("#error-summary a", new() { HasText = "từ 1 trở lên" }).ClickAsync();
        Assert.Equal("Review.Quotas[0].MaxCount", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Locator("#award-quotas tr.quota-row").Nth(0).Locator("input[name$='.MaxCount']").FillAsync("5");
        // Confirming says it is working while the plan is checked and stored.
        // Clicked from the page itself and read at once: the submit handler has run, the navigation has not yet begun.
        Assert.Equal("true|true|Đang lưu kế hoạch…", await page.EvaluateAsync<string>(
            "() => { const b = document.querySelector('#confirm'); b.click(); return b.disabled + '|' + !document.getElementById('review-busy').hidden + '|' + b.textContent; }"));
        await page.WaitForURLAsync(new Regex(@"/plans/[0-9a-f-]{36}$"));

        using var api = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var stored = await PlanAsync(api, page.Url[^36..]);
        var quota = Assert.Single(stored.GetProperty("awardQuotas").EnumerateArray());
        Assert.Equal(("giay-khen", "collective", 5), (quota.GetProperty("awardForm").GetString(), quota.GetProperty("recipientKind").GetString(), quota.GetProperty("maxCount").GetInt32()));
        var owners = stored.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("ownerUnit").GetString()).ToList();
        Assert.Equal(["Công an phường Tam Phước", "Phòng Kinh tế - Hạ tầng và Đô thị"], owners);
    }

    /// <summary>Each extracted target says the line it came from, and that line of the source text holds its words.</summary>
    private static async Task AssertEachTargetShowsItsSourceLineAsync(IPage page)
    {
        var source = (await page.Locator("#source-text").InnerTextAsync()).Split('\n');
        var rows = page.Locator("#targets tr.target-row:not(.new-row)");
        var count = await rows.CountAsync();
        Assert.True(count > 0);
        for (var i = 0; i < count; i++)
        {
            var shown = await rows.Nth(i).Locator("p.source-line").InnerTextAsync();
            var line = int.Parse(Regex.Match(shown, @"Từ dòng (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            var words = (await rows.Nth(i).Locator("textarea[name$='.Text']").InputValueAsync()).TrimStart('-', '+', '*', ' ');
            // A sentence the conversion broke over lines is one line to the importer: its words may go on below.
            Assert.Contains(words[..Math.Min(12, words.Length)], string.Join(" ", source.Skip(line - 1).Take(3)));
        }
    }

    private static async Task UploadAsync(IPage page, string fileName, byte[] bytes)
    {
        await page.GotoAsync(page.Url[..page.Url.IndexOf('/', "http://".Length)] + "/plans/import");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = fileName, Buffer = bytes,
            MimeType = fileName.EndsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/markdown",
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();
        await WaitForReviewAsync(page);
    }

    /// <summary>The review page arrives in pieces (a long plan's is large): the source text shows before the form's end.</summary>
    private static async Task WaitForReviewAsync(IPage page)
    {
        await page.Locator("#source-text").WaitForAsync();
        await page.Locator("#confirm").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    [Fact]
    public async Task A_file_that_is_not_a_plan_document_is_refused_with_the_reason_in_Vietnamese()
    {
        var page = await SignedInPageAsync(platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc));
        await page.GotoAsync(Home + "plans/import");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "ke-hoach.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();
        Assert.Equal("Chỉ nhận tệp Word (.docx), Markdown (.md) hoặc văn bản (.txt).", await page.Locator("#problem").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#source-text").CountAsync());
    }

    [Fact]
    public async Task A_province_plans_cascade_names_the_wards_that_cite_it()
    {
        var token = Random.Shared.Next(1000, 9999);
        var provinceNumber = $"{token}/KH-UBND-TINH";
        using var province = platform.ClientAs(WardRoles.ProvinceOfficial, TestUser.ProvinceCode);
        using var tamPhuoc = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var provincePlan = await ConfirmAsync(province, new { number = provinceNumber, title = $"Phát động phong trào thi đua đợt {token}" });
        var wardNumber = $"{token}/KH-UBND-TP";
        var wardPlan = await ConfirmAsync(tamPhuoc, new
        {
            number = wardNumber,
            title = $"Triển khai phong trào thi đua đợt {token} của tỉnh",
            legalBases = new[] { new { text = $"Căn cứ Kế hoạch số {provinceNumber} của UBND tỉnh", documentKind = "Kế hoạch", documentNumber = provinceNumber } },
        });
        // The province sees a ward's plan once the ward has issued it.
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        using var issued = await chairman.PostAsJsonAsync($"/api/plans/plans/{wardPlan}/issue", new { }, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, issued.StatusCode);

        var page = await SignedInPageAsync(platform.People.Find(WardRoles.ProvinceOfficial, TestUser.ProvinceCode));
        await page.GotoAsync(Home + $"plans/{provincePlan}");
        var row = page.Locator("#cascade tr.cascade-ward", new() { HasText = wardNumber });
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal("Phường Tam Phước", await row.Locator("td").First.InnerTextAsync());
    }

    private static async Task<string> ConfirmAsync(HttpClient api, object plan)
    {
        using var response = await api.PostAsJsonAsync("/api/plans/plans", plan, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> PlanAsync(HttpClient api, string id) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/plans/plans/{id}", TestContext.Current.CancellationToken);

    private static string WorkbookText(string path)
    {
        using var workbook = SpreadsheetDocument.Open(path, false);
        var part = workbook.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable?.InnerText ?? "";
        return shared + string.Concat(part.WorksheetParts.Select(w => w.Worksheet.InnerText));
    }

    private async Task<IPage> SignedInPageAsync(DemoPerson person)
    {
        var page = await chromium.NewPageAsync();
        return await Chromium.SignInAsync(page, Home, person.UserName, person.Password);
    }
}
