using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tenancy;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// No secret in any log (issue 14, point 5): after a password sign-in, a wrong password, a personal token traded and
/// used, and a citizen's report filed with a name and phone and followed by its code, the log lines of every resource
/// of the platform (services, gateway, servers) hold none of them, nor any demo person's password or token.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SecretsInLogsTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string[] Syllables = ["Ánh", "Bích", "Cúc", "Diệu", "Hoa", "Huệ", "Lan", "Mai", "Ngọc", "Quyên", "Thảo", "Yến"];

    [Fact]
    public async Task No_password_token_tracking_code_or_reporter_contact_appears_in_any_log_line()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        using (var wrong = new SignInSession(platform.GatewayAddress))
            await wrong.SignInAsync(officer.UserName, officer.Password + "-sai", Ct);
        using (var session = new SignInSession(platform.GatewayAddress))
        {
            var (status, html, _) = await session.SignInAsync(officer.UserName, officer.Password, Ct);
            Assert.True(status == HttpStatusCode.OK, $"sign-in: {(int)status}\n{html[..Math.Min(html.Length, 300)]}");
        }
        var jwt = await AccessTokens.ForPersonalTokenAsync(platform.AppHost.Gateway, platform.AppHost.StateDirectory, officer.ApiToken, Ct);
        using (var api = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc))
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/plans/plans", Ct)).StatusCode);

        await Reports.WardReportsPage.OpenTamPhuocAsync(platform, Ct);
        var reporter = "Lê Thị " + string.Join(' ', Enumerable.Range(0, 3).Select(_ => Syllables[Random.Shared.Next(Syllables.Length)]));
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("xay-dung"), "category" }, { new StringContent("Đường Tam Phước " + Guid.NewGuid().ToString("N")[..6]), "street" },
            { new StringContent("Tập kết vật liệu xây dựng trên vỉa hè"), "description" }, { new StringContent("false"), "anonymous" },
            { new StringContent(reporter), "reporterName" }, { new StringContent(phone), "reporterPhone" },
        };
        using var filed = await platform.AppHost.Gateway.PostAsync($"/api/reports/public/wards/{TestUser.TamPhuoc}/reports", form, Ct);
        Assert.True(filed.StatusCode == HttpStatusCode.Created, await filed.Content.ReadAsStringAsync(Ct));
        var code = (await filed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("trackingCode").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await platform.AppHost.Gateway.GetAsync($"/api/reports/public/track/{Uri.EscapeDataString(code)}", Ct)).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3), Ct); // console output reaches DCP's log a moment later

        var secrets = new List<(string What, string Value)>
        {
            ("the officer's password", officer.Password), ("the officer's personal token", officer.ApiToken),
            ("the access token's signature", jwt.Split('.')[2]), ("the tracking code", code),
            ("the tracking code without separators", new string(code.Where(char.IsLetterOrDigit).ToArray())),
            ("the reporter's phone", phone), ("the reporter's name", reporter),
        };
        secrets.AddRange(platform.People.All.SelectMany(p => new[] { ($"{p.UserName}'s password", p.Password), ($"{p.UserName}'s token", p.ApiToken) }));
        secrets.AddRange(platform.People.MachineClients.Select(c => ($"{c.ClientId}'s secret", c.ClientSecret)));

        var lines = await platform.AppHost.LogLinesAsync(Ct);
        Assert.True(lines.Count > 100, $"only {lines.Count} log lines: are the resources' logs read?");
        Assert.Contains(lines, l => l.Resource == "gateway");
        var leaks = (from line in lines
                     from secret in secrets
                     where secret.Value.Length >= 6 && line.Line.Contains(secret.Value, StringComparison.Ordinal)
                     select $"{line.Resource}: {secret.What} in \"{line.Line[..Math.Min(line.Line.Length, 200)]}\"").Distinct().ToList();
        TestContext.Current.SendDiagnosticMessage($"Secrets in logs: {lines.Count} lines of {lines.Select(l => l.Resource).Distinct().Count()} resources scanned for {secrets.Count} secrets");
        Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(30)));
    }
}
