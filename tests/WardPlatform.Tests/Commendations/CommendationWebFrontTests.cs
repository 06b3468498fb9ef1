using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Npgsql;
using WardPlatform.Contracts;
using WardPlatform.Tenancy;
using WardPlatform.Testing;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Commendations;

/// <summary>
/// In Chromium through the gateway, as the demo people of Tam Phước: the officer nominates and builds the dossier (a
/// wrong file refused, then the báo cáo thành tích and a minh chứng uploaded), the appraiser accepts and posts the list,
/// anyone sees it without signing in, and once the posting days are over the chairman decides and sees the number.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CommendationWebFrontTests(RunningPlatform platform, Chromium chromium) : IClassFixture<Chromium>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string Home => $"http://localhost:{platform.AppHost.GatewayPort}/";

    [Fact]
    public async Task From_nomination_with_uploaded_files_to_the_chairmans_numbered_decision_in_the_browser()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        using var appraiserApi = platform.ClientAs(WardRoles.WardAppraiser, TestUser.TamPhuoc);
        var title = "thi đua trình duyệt " + Guid.NewGuid().ToString("N")[..6];
        using var created = await appraiserApi.PostAsJsonAsync("/api/commendations/rounds", new
        {
            title, nominationsDue = today.AddDays(10), quotas = new[] { new { form = "giay-khen", recipientKind = "individual", maxCount = 5 } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var round = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var roundPage = Home + $"commendations/rounds/{round}";
        var name = "Lê Thị Hồng Nhung " + Guid.NewGuid().ToString("N")[..4];

        var folder = System.IO.Directory.CreateTempSubdirectory("commendation-files-").FullName;
        var wrong = Path.Combine(folder, "bao-cao.txt");
        var report = Path.Combine(folder, "bao-cao-thanh-tich.pdf");
        var evidence = Path.Combine(folder, "minh-chung.pdf");
        await File.WriteAllTextAsync(wrong, "không phải báo cáo", Ct);
        await File.WriteAllBytesAsync(report, "%PDF-1.4\n% báo cáo thành tích\n%%EOF\n"u8.ToArray(), Ct);
        await File.WriteAllBytesAsync(evidence, "%PDF-1.4\n% minh chứng\n%%EOF\n"u8.ToArray(), Ct);

        // The officer: a wrong file type is refused in Vietnamese and nothing is stored; then the dossier with its files.
        var officer = await SignedInPageAsync(platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc));
        await officer.GotoAsync(roundPage);
        async Task FillAsync()
        {
            await officer.Locator("#nominee-name").FillAsync(name);
            await officer.Locator("#nominee-unit").FillAsync("Văn phòng HĐND-UBND");
            await officer.Locator("#nominating-unit").FillAsync("Văn phòng HĐND-UBND");
            await officer.Locator("#achievement").FillAsync("Hoàn thành xuất sắc nhiệm vụ năm 2026");
            await officer.Locator("#meeting-on").FillAsync(today.ToString("dd/MM/yyyy"));
            await officer.Locator("#members").FillAsync("7");
            await officer.Locator("#present").FillAsync("7");
            await officer.Locator("#votes-for").FillAsync("6");
            await officer.Locator("#votes-against").FillAsync("1");
        }
        await FillAsync();
        await officer.Locator("#report-file").SetInputFilesAsync(wrong);
        await officer.Locator("#nominate").ClickAsync();
        Assert.Contains("phải là tệp Word (.docx) hoặc PDF", await officer.Locator("#report-file-error").InnerTextAsync());
        Assert.Equal(0, await officer.Locator($"#nominations tr[data-name='{name}']").CountAsync());

        await FillAsync();
        await officer.Locator("#report-file").SetInputFilesAsync(report);
        await officer.Locator("#evidence-files").SetInputFilesAsync(evidence);
        await officer.Locator("#nominate").ClickAsync();
        Assert.Equal("Đã gửi hồ sơ đề nghị.", await officer.Locator("#done, #problem").InnerTextAsync());
        var row = officer.Locator($"#nominations tr[data-name='{name}']");
        Assert.Contains("Báo cáo thành tích: Tệp tải lên", await row.InnerTextAsync());
        Assert.Contains("Chờ thẩm định", await row.Locator(".state").InnerTextAsync());

        // The appraiser accepts it and posts the list.
        var appraiser = await SignedInPageAsync(platform.People.Find(WardRoles.WardAppraiser, TestUser.TamPhuoc));
        await appraiser.GotoAsync(roundPage);
        var toAppraise = appraiser.Locator($"#nominations tr[data-name='{name}']");
        await toAppraise.Locator("select[name=Verdict]").SelectOptionAsync("accept");
        await toAppraise.GetByRole(AriaRole.Button, new() { Name = "Ghi thẩm định" }).ClickAsync();
        Assert.Equal("Đã ghi kết quả thẩm định.", await appraiser.Locator("#done, #problem").InnerTextAsync());
        Assert.Contains("Thẩm định đạt", await appraiser.Locator($"#nominations tr[data-name='{name}'] .state").InnerTextAsync());
        await appraiser.Locator("#post-list").ClickAsync();
        Assert.Equal("Đã niêm yết danh sách công khai.", await appraiser.Locator("#done, #problem").InnerTextAsync());

        // Anyone, without signing in, sees the posted list.
        var citizen = await chromium.NewPageAsync();
        await citizen.GotoAsync(Home + $"cong-khai/{TestUser.TamPhuoc}");
        Assert.Contains(name, await citizen.Locator("body").InnerTextAsync());

        // The posting days pass (time is real here: the round's posting is moved into the past in its own database).
        await using (var db = new NpgsqlConnection(await platform.AppHost.ConnectionStringAsync(ResourceNames.CommendationsDb, Ct)))
        {
            await db.OpenAsync(Ct);
            await using var move = new NpgsqlCommand("UPDATE rounds SET posted_from = posted_from - 10, posted_until = posted_until - 10 WHERE id = @id", db);
            move.Parameters.AddWithValue("id", round);
            Assert.Equal(1, await move.ExecuteNonQueryAsync(Ct));
        }

        // The chairman decides and sees the decision's number.
        var chairman = await SignedInPageAsync(platform.People.Find(WardRoles.WardChairman, TestUser.TamPhuoc));
        await chairman.GotoAsync(roundPage);
        await chairman.Locator("#decide").ClickAsync();
        Assert.Equal("Đã ký quyết định khen thưởng.", await chairman.Locator("#done, #problem").InnerTextAsync());
        var number = await chairman.Locator("#decision-number").InnerTextAsync();
        Assert.Matches(@"^Quyết định số \d{2,}/QĐ-UBND ngày \d{2}/\d{2}/\d{4}$", number);
        Assert.Contains(name, await chairman.Locator("#awards").InnerTextAsync());
        var download = await chairman.RunAndWaitForDownloadAsync(() => chairman.Locator("#decision-pdf").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        System.IO.Directory.Delete(folder, recursive: true);
    }

    private async Task<IPage> SignedInPageAsync(DemoPerson person)
    {
        var page = await chromium.NewPageAsync();
        return await Chromium.SignInAsync(page, Home, person.UserName, person.Password);
    }
}
