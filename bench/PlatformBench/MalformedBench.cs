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
            var statuses = new SortedDictionary<int, int>();
            var serverErrors = new List<string>();
            var accepted = 0;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < cases.Count; i++)
            {
                using var request = cases[i].Build();
                using var response = await callers[i % callers.Length].SendAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500 && serverErrors.Count < 30) serverErrors.Add($"{cases[i]}: {status}");
                if (cases[i].MustBeRefused && response.IsSuccessStatusCode) accepted++;
            }
            Console.WriteLine($"{operations.Count} operations, {all.Count} distinct cases, {cases.Count} requests in {clock.Elapsed.TotalSeconds:0.0} s " +
                              $"({cases.Count / clock.Elapsed.TotalSeconds:0} requests/s, one at a time)");
            Console.WriteLine("answers by status: " + string.Join(", ", statuses.Select(s => $"{s.Key} × {s.Value}")));
            Console.WriteLine($"5xx answers: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}   goal 0");
            foreach (var error in serverErrors) Console.WriteLine("    " + error);
            Console.WriteLine($"must-refuse cases accepted: {accepted}   goal 0");
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
