using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace WardPlatform.Tests.Gateway;

/// <summary>
/// The gateway's limits on signing in, with its production settings, in front of a stand-in for the directory's sign-in
/// form (right password: a redirect onwards; wrong: 401, as the directory answers). The whole sign-in through the real
/// directory is Platform/OfficeSignInTests.
/// </summary>
public sealed class FailedSignInLimitTests : IAsyncLifetime
{
    private const string RightPassword = "mat-khau-dung";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private WebApplication _directory = null!;
    private string _directoryAddress = "";

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _directory = builder.Build();
        _directory.MapGet("/account/signin", () => Results.Content("<form>đăng nhập</form>", "text/html"));
        _directory.MapPost("/account/signin", async (HttpRequest request) =>
            (await request.ReadFormAsync()).TryGetValue("Password", out var password) && password == RightPassword
                ? Results.Redirect("/connect/authorize?tiep=1")
                : Results.Content("<form>Tên đăng nhập hoặc mật khẩu không đúng.</form>", "text/html", statusCode: 401));
        _directory.MapGet("/connect/authorize", () => Results.Redirect("/signin-oidc?code=x"));
        _directory.MapPost("/connect/token", () => Results.Json(new { error = "invalid_client" }, statusCode: 400));
        await _directory.StartAsync(Ct);
        _directoryAddress = _directory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync() => await _directory.DisposeAsync();

    private GatewayHost Gateway(Dictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string> { ["services:directory:http:0"] = _directoryAddress };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return new GatewayHost(all);
    }

    private static FormUrlEncodedContent Form(string password) =>
        new(new Dictionary<string, string> { ["UserName"] = "tamphuoc.canbo", ["Password"] = password });

    [Fact]
    public async Task An_office_of_thirty_behind_one_address_goes_through_every_sign_in_step_within_a_minute_without_a_429()
    {
        await using var gateway = Gateway();
        var statuses = new List<HttpStatusCode>();
        var rightPasswords = new List<HttpStatusCode>();
        for (var person = 0; person < 30; person++)
        {
            var browser = gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            // The steps of one sign-in the gateway sees: the authorisation endpoint twice, the form, its post, and the
            // callback; a few people type their password wrong once first.
            statuses.Add((await browser.GetAsync("/connect/authorize?client_id=gateway", Ct)).StatusCode);
            statuses.Add((await browser.GetAsync("/account/signin?ReturnUrl=%2F", Ct)).StatusCode);
            if (person % 10 == 0) statuses.Add((await browser.PostAsync("/account/signin", Form("go-nham"), Ct)).StatusCode);
            var posted = (await browser.PostAsync("/account/signin", Form(RightPassword), Ct)).StatusCode;
            statuses.Add(posted);
            rightPasswords.Add(posted);
            statuses.Add((await browser.GetAsync("/connect/authorize?tiep=1", Ct)).StatusCode);
            statuses.Add((await browser.GetAsync("/signin-oidc?code=x", Ct)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(30, rightPasswords.Count(s => s == HttpStatusCode.Redirect));   // every right password went on
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_spend_its_budget_then_every_attempt_waits_while_right_ones_cost_nothing()
    {
        await using var gateway = Gateway(new()
        {
            ["RateLimits:FailedSignIns:PermitLimit"] = "3",
            ["RateLimits:FailedSignIns:Window"] = "00:15:00",
        });
        var client = gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/signin", Form(RightPassword), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/account/signin", Form("doan-1"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/account/signin", Form("doan-2"), Ct)).StatusCode);
        // A refused client secret at the token endpoint is a guess too.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/connect/token", Form("bi-mat"), Ct)).StatusCode);

        using var refused = await client.PostAsync("/account/signin", Form(RightPassword), Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 800, 900);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/connect/token", Form("bi-mat"), Ct)).StatusCode);

        // Only password attempts wait: the form itself and the rest of the site still answer.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/signin", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_person_over_the_budget_sees_the_Vietnamese_page_with_the_wait()
    {
        await using var gateway = Gateway(new() { ["RateLimits:FailedSignIns:PermitLimit"] = "1" });
        var (browser, _) = gateway.CreateBrowserLikeClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/account/signin", Form("doan-1"), Ct)).StatusCode);
        using var page = await browser.PostAsync("/account/signin", Form(RightPassword), Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Có thể thử lại sau", html);
        Assert.Contains("Về trang chủ", html);
    }
}
