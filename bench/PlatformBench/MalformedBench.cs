using System.Diagnostics;
using System.Text.Json;
using WardPlatform.Tenancy;
using WardPlatform.Testing;

namespace WardPlatform.Bench;

/// <summary>
/// Malformed input at scale (issue 14, point 4): the platform through its AppHost, 10,000 malformed requests built from
/// every service's OpenAPI document (tests/Driver/MalformedRequests.cs), sent through the gateway as the ward's
/// officer, chairman and administrator in turn. Prints the answers by status, the 5xx answers and the platform's health
/// afterwards. The suite's MalformedInputTests sends 2,000 and also checks that refused requests write no row.
/// </summary>
public static class MalformedBench
{
    public static async Task RunAsync(int count)
    {
        var state = AppHostProcess.NewStateDirectory();
        try
        {
            var (appHost, startup) = await AppHostProcess.StartAsync(state, new Dictionary<string, string>
            {
                ["RateLimits__Public__PermitLimit"] = "1000000",
                ["RateLimits__User__PermitLimit"] = "1000000",
                ["RateLimits__UserPerAddress__PermitLimit"] = "1000000",
            });
            await using var _ = appHost;
            Console.WriteLine($"platform healthy in {startup.TotalSeconds:0.0} s");
            var people = await DemoPeople.LoadAsync(state);
            var callers = new[] { WardRoles.WardOfficer, WardRoles.WardChairman, WardRoles.WardAdministrator }
                .Select(role => DemoPeople.ApiClient(appHost.Gateway.BaseAddress!, people.Find(role, TestUser.TamPhuoc))).ToArray();
            var operations = await ApiOperations.ListAsync(appHost.Gateway, CancellationToken.None);
            var all = MalformedRequests.For(operations);
            var cases = Enumerable.Range(0, (count + all.Count - 1) / all.Count).SelectMany(_ => all).Take(count).ToList();
            var run = new MalformedRun(callers);
            var clock = Stopwatch.StartNew();
            await run.SendAsync(cases);
            Console.WriteLine($"{operations.Count} operations, {all.Count} distinct cases, {run.Sent} requests in {clock.Elapsed.TotalSeconds:0.0} s " +
                              $"({run.Sent / clock.Elapsed.TotalSeconds:0} requests/s, one at a time)");
            Console.WriteLine("answers by status: " + run.StatusLine);
            Console.WriteLine($"5xx answers: {run.ServerErrors}   goal 0");
            foreach (var failure in run.Failures.Take(30)) Console.WriteLine("    " + failure);
            Console.WriteLine($"must-refuse cases accepted: {run.AcceptedThatMustBeRefused}   goal 0");
            using var health = await appHost.Gateway.GetAsync("/health");
            using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Console.WriteLine($"platform health afterwards: {json.RootElement.GetProperty("status").GetString()}");
        }
        finally
        {
            try { Directory.Delete(state, recursive: true); } catch (IOException) { }
        }
    }
}
