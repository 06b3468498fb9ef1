using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>Signing in through the gateway as people do, and what a wrong or hostile sign-in gets.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SignInTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_in_officer_reaches_the_services_with_the_session_and_loses_them_after_signing_out()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        using var browser = new SignInSession(platform.GatewayAddress);
        var (status, home, at) = await browser.SignInAsync(officer.UserName, officer.Password, Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/", at!.AbsolutePath);
        Assert.Contains("Phường Tam Phước", home);
        var me = await browser.Client.GetFromJsonAsync<JsonElement>("/api/directory/me", Ct);
        Assert.Equal(TestUser.TamPhuoc, me.GetProperty("tenantCode").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/plans/plans", Ct)).StatusCode);
        // The browser never holds a token: only the encrypted session cookie.
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Value.StartsWith("eyJ", StringComparison.Ordinal));

        var signOutForm = await browser.Client.GetStringAsync("/signout", Ct);
        using var signedOut = await browser.Client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInSession.HiddenInput("__RequestVerificationToken", signOutForm),
        }), Ct);
        Assert.Equal("/", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/plans/plans", Ct)).StatusCode);
        // The identity provider's session ended too: signing in again asks for the password.
        using var again = await browser.Client.GetAsync("/signin", Ct);
        Assert.StartsWith("/account/signin", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("", "mat-khau-bat-ky", "Vui lòng nhập tên đăng nhập.", HttpStatusCode.BadRequest)]
    [InlineData("tamphuoc.canbo", "", "Vui lòng nhập mật khẩu.", HttpStatusCode.BadRequest)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x", "Tên đăng nhập không dài quá 64 ký tự.", HttpStatusCode.BadRequest)]
    [InlineData("<script>alert('x')</script>", "mat-khau-bat-ky", "Tên đăng nhập hoặc mật khẩu không đúng.", HttpStatusCode.Unauthorized)]
    [InlineData("' OR 1=1; DROP TABLE people;--", "' OR '1'='1", "Tên đăng nhập hoặc mật khẩu không đúng.", HttpStatusCode.Unauthorized)]
    [InlineData("Nguye\u0302\u0303n", "mat-khau-bat-ky", "Tên đăng nhập hoặc mật khẩu không đúng.", HttpStatusCode.Unauthorized)]
    public async Task Bad_input_at_sign_in_gets_a_clear_Vietnamese_answer_and_no_session(string userName, string password,
        string message, HttpStatusCode expected)
    {
        using var browser = new SignInSession(platform.GatewayAddress);
        var (status, html, _) = await browser.SignInAsync(userName, password, Ct);

        Assert.Equal(expected, status);
        Assert.Contains(message, html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name.StartsWith("ward.", StringComparison.Ordinal));
        // Nothing was dropped: the real people still sign in.
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.BinhPhuoc);
        using var other = new SignInSession(platform.GatewayAddress);
        Assert.Equal(HttpStatusCode.OK, (await other.SignInAsync(officer.UserName, officer.Password, Ct)).Status);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var person = platform.People.Find(WardRoles.WardOfficer, TestUser.OtherProvinceWard);
        using var browser = new SignInSession(platform.GatewayAddress);
        for (var attempt = 1; attempt <= 4; attempt++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SignInAsync(person.UserName, "sai-" + attempt, Ct)).Status);

        var (fifth, html, _) = await browser.SignInAsync(person.UserName, "sai-5", Ct);
        Assert.Equal((HttpStatusCode)423, fifth);
        Assert.Matches(@"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần\. Vui lòng thử lại sau \d{2}:\d{2} ngày \d{2}/\d{2}/\d{4}\.", html);
        Assert.Equal((HttpStatusCode)423, (await browser.SignInAsync(person.UserName, person.Password, Ct)).Status);
        // A lockout stops password sign-in only; the person's script keeps working with its own token.
        using var script = platform.ClientAs(WardRoles.WardOfficer, TestUser.OtherProvinceWard);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/plans/plans", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_personal_token_acts_as_its_person_and_stops_working_once_revoked()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.BinhPhuoc);
        using var browser = new SignInSession(platform.GatewayAddress);
        Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(officer.UserName, officer.Password, Ct)).Status);
        var antiforgery = await AntiforgeryToken.ReadAsync(browser.Client, Ct);

        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/directory/tokens")
        {
            Content = JsonContent.Create(new { name = "Kịch bản tổng hợp số liệu", expiresInDays = 7 }),
        };
        create.Headers.Add(AntiforgeryToken.Header, antiforgery);
        using var created = await browser.Client.SendAsync(create, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var secret = body.GetProperty("secret").GetString()!;
        var tokenId = body.GetProperty("token").GetProperty("id").GetGuid();
        Assert.StartsWith("wpat_", secret);

        using var script = new HttpClient { BaseAddress = platform.GatewayAddress };
        script.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var me = await script.GetFromJsonAsync<JsonElement>("/api/directory/me", Ct);
        Assert.Equal(TestUser.BinhPhuoc, me.GetProperty("tenantCode").GetString());
        Assert.Equal(WardRoles.WardOfficer, me.GetProperty("role").GetString());

        var list = await browser.Client.GetFromJsonAsync<JsonElement>("/api/directory/tokens", Ct);
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("id").GetGuid() == tokenId);
        Assert.DoesNotContain(secret, list.ToString());

        using var revoke = new HttpRequestMessage(HttpMethod.Delete, $"/api/directory/tokens/{tokenId}");
        revoke.Headers.Add(AntiforgeryToken.Header, antiforgery);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.SendAsync(revoke, Ct)).StatusCode);
        // The gateway reuses an exchanged token for Auth:PersonalTokenCacheSeconds (1 s in this test run).
        await Eventually.HoldsAsync(async () => (await script.GetAsync("/api/directory/me", Ct)).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(10), "the revoked token is refused", Ct);
    }

    [Fact]
    public async Task A_machine_client_signs_in_with_client_credentials_and_acts_for_its_ward_only()
    {
        var client = Assert.Single(platform.People.MachineClients);
        using var http = new HttpClient { BaseAddress = platform.GatewayAddress };
        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client.ClientId, ["client_secret"] = client.ClientSecret, ["scope"] = "ward-api",
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access_token").GetString();

        using var script = new HttpClient { BaseAddress = platform.GatewayAddress };
        script.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        var me = await script.GetFromJsonAsync<JsonElement>("/api/directory/me", Ct);
        Assert.Equal(TestUser.TamPhuoc, me.GetProperty("tenantCode").GetString());
        var wards = await script.GetFromJsonAsync<JsonElement>("/api/directory/wards", Ct);
        Assert.Equal(TestUser.TamPhuoc, Assert.Single(wards.EnumerateArray()).GetProperty("code").GetString());

        using var wrong = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client.ClientId, ["client_secret"] = "đoán-bừa", ["scope"] = "ward-api",
        }), Ct);
        Assert.False(wrong.IsSuccessStatusCode);
    }
}
