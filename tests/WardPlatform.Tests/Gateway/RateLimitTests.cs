using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Gateway;

public sealed class RateLimitTests
{
    private static GatewayHost HostWithLimits(string kind, int permits) => new(new Dictionary<string, string>
    {
        [$"RateLimits:{kind}:PermitLimit"] = permits.ToString(),
        [$"RateLimits:{kind}:Window"] = "00:01:00",
    });

    [Fact]
    public async Task The_password_attempt_over_the_limit_gets_429_problem_with_Retry_After_and_other_traffic_still_passes()
    {
        await using var host = HostWithLimits("SignIn", 3);
        var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/account/signin", null, TestContext.Current.CancellationToken)).StatusCode);
        var refused = await client.PostAsync("/account/signin", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Quá nhiều yêu cầu", problem.GetProperty("title").GetString());
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.Contains($"{(int)retryAfter.Value.TotalSeconds} giây", problem.GetProperty("detail").GetString());

        // The token endpoint counts against the same address's budget of password attempts...
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/connect/token", null, TestContext.Current.CancellationToken)).StatusCode);
        // ...but the sign-in redirects have their own, and ordinary pages are not sign-in traffic at all.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/connect/authorize", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_traffic_over_the_public_limit_is_refused_before_the_proxy_while_signed_in_traffic_probes_and_static_files_pass()
    {
        await using var host = HostWithLimits("Public", 2);
        var anonymous = host.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/api/plans/plans", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/", ct)).StatusCode);
        // 429, not the 503 of the service behind: the limiter answered before the proxy.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/api/plans/plans", ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/alive", ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/health", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/site.css", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/js/api.js", ct)).StatusCode);

        var bearer = host.CreateBearerClient(TestUser.WardOfficer());
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bearer.GetAsync("/api/plans/plans", ct)).StatusCode);
        var (session, _) = host.CreateSessionClient();
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/", ct)).StatusCode);
    }

    [Fact]
    public async Task Each_token_has_its_own_budget()
    {
        await using var host = HostWithLimits("User", 2);
        var officer = host.CreateBearerClient(TestUser.WardOfficer());
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await officer.GetAsync("/", ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await host.CreateBearerClient(TestUser.ProvinceOfficial()).GetAsync("/", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/", ct)).StatusCode);
    }

    [Fact]
    public async Task Made_up_bearer_values_do_not_each_get_a_fresh_budget()
    {
        await using var host = HostWithLimits("UserPerAddress", 3);
        var ct = TestContext.Current.CancellationToken;
        HttpClient Invented()
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", "bia-" + Guid.NewGuid().ToString("N"));
            return client;
        }

        for (var i = 0; i < 3; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Invented().GetAsync("/", ct)).StatusCode);
        var fourth = await Invented().GetAsync("/", ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.NotNull(fourth.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/", ct)).StatusCode);
    }
}
