// Platform benchmark: (a) seconds from start to all healthy, (b) resident memory of the platform's
// .NET processes at idle, (c) gateway latency against calling the service directly, same run, same
// fixed request rate, as a ratio. Run: bash bench/run.sh
using WardPlatform.Bench;
using WardPlatform.Testing;

var rate = Arguments.Int(args, "--rate", 200);
var seconds = Arguments.Int(args, "--seconds", 5);
var rounds = Arguments.Int(args, "--rounds", 3);
if (args.FirstOrDefault() == "board")
{
    // The board is a heavy page (200 targets): a lower default rate than the platform's 200/s.
    await BoardBench.RunAsync(Arguments.Int(args, "--rate", 50), seconds, rounds);
    return;
}
if (args.FirstOrDefault() == "auth")
{
    await AuthBench.RunAsync(rate, seconds, rounds);
    return;
}

var state = AppHostProcess.NewStateDirectory();
try
{
    Console.WriteLine("(a) start to all healthy");
    var limits = new Dictionary<string, string>
    {
        ["RateLimits__Public__PermitLimit"] = "1000000",
        ["RateLimits__User__PermitLimit"] = "1000000",
        ["RateLimits__UserPerAddress__PermitLimit"] = "1000000",
    };
    var (cold, coldStartup) = await AppHostProcess.StartAsync(state, limits);
    await cold.StopAsync(TimeSpan.FromSeconds(30));
    await cold.DisposeAsync();
    var (appHost, warmStartup) = await AppHostProcess.StartAsync(state, limits);
    await using var _ = appHost;
    Console.WriteLine($"    first run (creates the databases): {coldStartup.TotalSeconds,6:0.0} s");
    Console.WriteLine($"    next runs (data kept):             {warmStartup.TotalSeconds,6:0.0} s   goal ≤ 20 s");

    Console.WriteLine("(b) resident memory at idle (10 s after healthy)");
    await Task.Delay(TimeSpan.FromSeconds(10));
    var memory = ProcessMemory.PlatformProcesses(appHost);
    foreach (var (name, bytes) in memory) Console.WriteLine($"    {name,-42} {bytes / 1048576.0,8:0.0} MiB");
    var total = memory.Sum(m => m.Bytes);
    Console.WriteLine($"    total of {memory.Count} processes:                {total / 1048576.0,8:0.0} MiB   goal ≤ 1536 MiB");
    var services = memory.Where(m => m.Name.StartsWith("WardPlatform.", StringComparison.Ordinal)).ToList();
    Console.WriteLine($"    of which the {services.Count} WardPlatform processes: {services.Sum(m => m.Bytes) / 1048576.0,8:0.0} MiB (as measured before Aspire)");

    Console.WriteLine($"(c) latency at a fixed {rate} requests/s, {rounds} rounds of {seconds} s per path, alternating");
    var direct = appHost.ProjectUrl("plans")!.Replace("localhost", "127.0.0.1");
    var gateway = $"http://127.0.0.1:{appHost.GatewayPort}/api/plans";
    // The same signed access token on both paths (a ward officer's, traded for their personal token).
    var officer = (await DemoPeople.LoadAsync(state)).Find("ward_officer", "26068");
    using var client = new HttpClient();
    client.DefaultRequestHeaders.Authorization = new("Bearer", await AccessToken.ForPersonalTokenAsync(appHost, officer.ApiToken));
    foreach (var path in new[] { "/alive", "/plans" })
    {
        var result = await LatencyComparison.RunAsync(client, direct + path, client, gateway + path, rate, TimeSpan.FromSeconds(seconds), rounds);
        Console.WriteLine($"    GET {path}");
        Console.WriteLine($"      direct  p50 {result.Direct.P50,7:0.000} ms  p99 {result.Direct.P99,7:0.000} ms  ({result.Direct.Count} requests, {result.Direct.Errors} errors)");
        Console.WriteLine($"      gateway p50 {result.Gateway.P50,7:0.000} ms  p99 {result.Gateway.P99,7:0.000} ms  ({result.Gateway.Count} requests, {result.Gateway.Errors} errors)");
        Console.WriteLine($"      gateway/direct p50 ×{result.Gateway.P50 / result.Direct.P50:0.00}, p99 ×{result.Gateway.P99 / result.Direct.P99:0.00}; " +
                          $"added at p50 {result.Gateway.P50 - result.Direct.P50:0.000} ms (goal ≤ 1 ms)");
    }
}
finally
{
    try { Directory.Delete(state, recursive: true); } catch (IOException) { }
}
