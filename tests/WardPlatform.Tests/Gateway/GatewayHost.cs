using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using WardPlatform.Gateway.Pages;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Gateway;

/// <summary>
/// The gateway in the test process on its real Program (any public type of its assembly names it). The plans
/// service is "configured" at a loopback port nothing listens on: a proxied call that gets through answers 503 (the service not reached).
/// </summary>
public sealed partial class GatewayHost(IDictionary<string, string>? settings = null) : WebApplicationFactory<IndexModel>
{
    public const string SessionCookie = "ward.session";
    public const string DeadUpstream = "http://127.0.0.1:1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("services:plans:http:0", DeadUpstream);
        // An issuer nobody answers at: these tests never sign in, the cookie session only has to be configured.
        builder.UseSetting("Auth:Authority", DeadUpstream + "/");
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Auth:ClientSecret", "unused");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    /// <summary>A client with its own cookie jar, over https when asked (TestServer takes the scheme from the address).</summary>
    public (HttpClient Client, CookieContainer Cookies) CreateBrowserLikeClient(bool https = false)
    {
        var cookies = new CookieContainer();
        var client = CreateDefaultClient(new Uri(https ? "https://localhost/" : "http://localhost/"), new CookieContainerHandler(cookies));
        return (client, cookies);
    }

    /// <summary>A client that carries a session cookie (what the gateway's middleware looks for; no real session behind it).</summary>
    public (HttpClient Client, CookieContainer Cookies) CreateSessionClient(string session = "test-session")
    {
        var (client, cookies) = CreateBrowserLikeClient();
        cookies.Add(new Cookie(SessionCookie, session, "/", "localhost"));
        return (client, cookies);
    }

    public HttpClient CreateBearerClient(TestUser user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(user));
        return client;
    }

    /// <summary>The antiforgery token the home page puts in its csrf-token meta tag (its cookie lands in the client's jar).</summary>
    public static async Task<string> CsrfTokenFromHomePageAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/");
        return CsrfMeta().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The home page has no csrf-token meta tag.");
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("""<meta name="csrf-token" content="([^"]+)">""")]
    private static partial Regex CsrfMeta();
}
