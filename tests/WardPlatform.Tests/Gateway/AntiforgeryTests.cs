using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Gateway;

/// <summary>Forwarded calls answer 503 here (the plans service is down): that proves the gateway let them through.</summary>
public sealed class AntiforgeryTests : IAsyncLifetime
{
    private const string PlansPath = "/api/plans/plans";
    private readonly GatewayHost _host = new();

    [Fact]
    public async Task A_cookie_authenticated_POST_without_the_token_is_refused_and_never_forwarded()
    {
        var (client, _) = _host.CreateSessionClient();

        var response = await client.PostAsJsonAsync(PlansPath, new { title = "Kế hoạch" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("antiforgery_failed", problem.GetProperty("code").GetString());
        Assert.Contains("X-CSRF-TOKEN", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Every_unsafe_method_needs_the_token(string method)
    {
        var (client, _) = _host.CreateSessionClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), PlansPath + "/1"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_or_foreign_token_is_refused()
    {
        var (client, _) = _host.CreateSessionClient();
        await GatewayHost.CsrfTokenFromHomePageAsync(client);
        // A token issued to another browser does not match this browser's antiforgery cookie.
        var (otherBrowser, _) = _host.CreateSessionClient("other-session");
        var foreignToken = await GatewayHost.CsrfTokenFromHomePageAsync(otherBrowser);

        foreach (var token in new[] { "forged", foreignToken })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, PlansPath) { Content = JsonContent.Create(new { title = "Kế hoạch" }) };
            request.Headers.Add("X-CSRF-TOKEN", token);
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Fact]
    public async Task A_cookie_authenticated_POST_with_the_page_token_is_forwarded()
    {
        var (client, _) = _host.CreateSessionClient();
        var token = await GatewayHost.CsrfTokenFromHomePageAsync(client);

        var request = new HttpRequestMessage(HttpMethod.Post, PlansPath) { Content = JsonContent.Create(new { title = "Kế hoạch" }) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Bearer_calls_safe_methods_and_calls_without_a_session_need_no_token()
    {
        var (withSession, cookies) = _host.CreateSessionClient();
        var bearerAndSession = new HttpRequestMessage(HttpMethod.Post, PlansPath) { Content = JsonContent.Create(new { title = "Kế hoạch" }) };
        bearerAndSession.Headers.Authorization = new("Bearer", TestTokens.For(TestUser.WardOfficer()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await withSession.SendAsync(bearerAndSession, TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await withSession.GetAsync(PlansPath, TestContext.Current.CancellationToken)).StatusCode);

        var bearer = _host.CreateBearerClient(TestUser.WardOfficer());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bearer.PostAsJsonAsync(PlansPath, new { title = "Kế hoạch" }, TestContext.Current.CancellationToken)).StatusCode);
        // No credential at all: the service answers for itself (401 when it is up).
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _host.CreateClient().PostAsJsonAsync(PlansPath, new { }, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_antiforgery_cookie_is_HttpOnly_SameSite_Strict_and_Secure_over_HTTPS(bool https)
    {
        var (client, _) = _host.CreateBrowserLikeClient(https);

        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ward.antiforgery="));
        var attributes = cookie.ToLowerInvariant().Split("; ").Skip(1).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Equal(https, attributes.Contains("secure"));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
