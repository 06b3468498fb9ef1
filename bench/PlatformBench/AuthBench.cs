using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Plans.Data;
using WardPlatform.Tenancy;
using WardPlatform.Testing;

namespace WardPlatform.Bench;

/// <summary>
/// Issue 3's benchmark: (a) a whole sign-in through the gateway, (b) an authorised API call through the gateway
/// (session cookie, personal token, bearer JWT), (c) the cost of the authorisation path: the same call on the
/// same plans service and database, in this process, with token validation + policy + tenant filter, against
/// the same call with all three switched off. Run: bash bench/run.sh auth
/// </summary>
public static class AuthBench
{
    public static async Task RunAsync(int rate, int seconds, int rounds)
    {
        var state = AppHostProcess.NewStateDirectory();
        try
        {
            var (appHost, _) = await AppHostProcess.StartAsync(state, new Dictionary<string, string>
            {
                ["RateLimits__Public__PermitLimit"] = "1000000",
                ["RateLimits__SignIn__PermitLimit"] = "1000000",
                ["RateLimits__User__PermitLimit"] = "1000000",
                ["RateLimits__UserPerAddress__PermitLimit"] = "1000000",
            });
            await using var _ = appHost;
            var people = await DemoPeople.LoadAsync(state);
            var officer = people.Find(WardRoles.WardOfficer, "26068");
            var gateway = appHost.Gateway.BaseAddress!;

            Console.WriteLine("(a) sign-in through the gateway (OIDC code + PKCE, form post, callback), 2 per second");
            var signIns = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                using var session = new SignInSession(gateway);
                var (status, _, _) = await session.SignInAsync(officer.UserName, officer.Password);
                if (status != System.Net.HttpStatusCode.OK) throw new InvalidOperationException($"sign-in answered {status}");
                signIns.Add(started.Elapsed.TotalMilliseconds);
                await Task.Delay(Math.Max(0, 500 - (int)started.ElapsedMilliseconds));
            }
            var signIn = LatencyComparison.Summarise(signIns, 0);
            Console.WriteLine($"    p50 {signIn.P50,8:0.0} ms  p99 {signIn.P99,8:0.0} ms  ({signIn.Count} sign-ins)");

            using var browser = new SignInSession(gateway);
            await browser.SignInAsync(officer.UserName, officer.Password);
            var planId = await CreatePlanAsync(browser.Client);
            var path = $"/api/plans/plans/{planId}";
            using var script = DemoPeople.ApiClient(gateway, officer);
            Console.WriteLine($"(b) GET {path} through the gateway at {rate}/s, {rounds}×{seconds} s");
            var cookie = await LatencyComparison.MeasureAsync(browser.Client, path, rate, TimeSpan.FromSeconds(seconds * rounds));
            var token = await LatencyComparison.MeasureAsync(script, path, rate, TimeSpan.FromSeconds(seconds * rounds));
            Print("session cookie (token forwarded)", cookie);
            Print("personal token (exchanged, cached)", token);

            Console.WriteLine($"(c) the authorisation path: GET /plans/{{id}} on the plans service in this process, {rate}/s, {rounds}×{seconds} s, alternating");
            var postgres = $"127.0.0.1:{appHost.PostgresPort}";
            var eventBus = $"127.0.0.1:{appHost.EventBusPort}";
            await using var withAuth = new PlansHost(postgres, eventBus, authorisation: true);
            await using var withoutAuth = new PlansHost(postgres, eventBus, authorisation: false);
            var authorised = withAuth.CreateClient();
            authorised.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                TestTokens.For(new TestUser("bench", WardRoles.WardOfficer, "26068", "75")));
            var open = withoutAuth.CreateClient();
            var (bare, guarded) = await LatencyComparison.RunAsync(open, $"/plans/{planId}", authorised, $"/plans/{planId}",
                rate, TimeSpan.FromSeconds(seconds), rounds);
            Print("without authorisation", bare);
            Print("with authorisation", guarded);
            Console.WriteLine($"    with/without p50 ×{guarded.P50 / bare.P50:0.00} (+{guarded.P50 - bare.P50:0.000} ms), p99 ×{guarded.P99 / bare.P99:0.00}");
        }
        finally
        {
            try { Directory.Delete(state, recursive: true); } catch (IOException) { }
        }
    }

    private static void Print(string what, Percentiles p) =>
        Console.WriteLine($"    {what,-36} p50 {p.P50,7:0.000} ms  p99 {p.P99,7:0.000} ms  ({p.Count} requests, {p.Errors} errors)");

    private static async Task<Guid> CreatePlanAsync(HttpClient session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/plans/plans")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { number = "1/KH-BENCH", title = "Kế hoạch đo hiệu năng" }),
        };
        request.Headers.Add(AntiforgeryToken.Header, await AntiforgeryToken.ReadAsync(session));
        using var response = await session.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The real plans service on the platform's own database; optionally with authorisation switched off.</summary>
    private sealed class PlansHost(string postgres, string eventBus, bool authorisation) : WebApplicationFactory<PlansDbContext>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var (host, port) = (postgres.Split(':')[0], postgres.Split(':')[1]);
            builder.UseEnvironment("Production");
            builder.UseContentRoot(Path.Combine(Repository.Root, "services", "Plans"));
            builder.UseSetting("TEST_CONTENTROOT_WARDPLATFORM_PLANS", Path.Combine(Repository.Root, "services", "Plans"));
            builder.UseSetting("ConnectionStrings:plansdb", $"Host={host};Port={port};Username=postgres;Database=plansdb");
            builder.UseSetting("ConnectionStrings:eventbus", $"amqp://guest:guest@{eventBus}/");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureTestServices(services =>
            {
                TestTokens.AcceptIn(services);
                if (authorisation) return;
                services.PostConfigure<AuthorizationOptions>(o => o.FallbackPolicy = null);
                services.AddScoped(_ => TenantScope.System);
            });
        }
    }
}
