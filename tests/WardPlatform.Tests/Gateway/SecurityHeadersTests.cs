using System.Net;
using System.Text.RegularExpressions;

namespace WardPlatform.Tests.Gateway;

public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private const string DefaultPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private readonly GatewayHost _host = new();

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/api/plans/plans", HttpStatusCode.ServiceUnavailable)]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path, HttpStatusCode status)
    {
        var response = await _host.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        if (status != HttpStatusCode.OK) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=(self)", Header(response, "Permissions-Policy"));
        Assert.Equal(DefaultPolicy, Header(response, "Content-Security-Policy"));
        Assert.Null(Header(response, "Strict-Transport-Security"));
        Assert.Null(Header(response, "Server"));
    }

    [Fact]
    public async Task Strict_Transport_Security_is_sent_over_HTTPS()
    {
        var (client, _) = _host.CreateBrowserLikeClient(https: true);
        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_API_reference_allows_only_its_own_scripts_by_a_nonce_fresh_on_every_response()
    {
        var client = _host.CreateClient();
        var first = await client.GetAsync("/api-docs/", TestContext.Current.CancellationToken);
        var second = await client.GetAsync("/api-docs/", TestContext.Current.CancellationToken);

        var policy = Header(first, "Content-Security-Policy")!;
        var nonce = Regex.Match(policy, "script-src 'self' 'nonce-([^']+)';").Groups[1].Value;
        Assert.NotEmpty(nonce);
        var html = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var scripts = Regex.Matches(html, "<script[^>]*>");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Contains($"nonce=\"{nonce}\"", script.Value));
        Assert.DoesNotContain("http", string.Join(" ", scripts.Select(s => s.Value)));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain(nonce, Header(second, "Content-Security-Policy"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
