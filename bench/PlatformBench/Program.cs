// Platform benchmark: (a) seconds from start to all healthy, (b) resident memory of the platform's
// .NET processes at idle, (c) gateway latency against calling the service directly, same run, same
// fixed request rate, as a ratio. Run: bash bench/run.sh
using WardPlatform.Bench;
using WardPlatform.Testing;

var rate = Arguments.Int(args, "--rate", 200);
var rates = Arguments.Ints(args, "--rates", [200, 1000]);
var seconds = Arguments.Int(args, "--seconds", 5);
var rounds = Arguments.Int(args, "--rounds", 3);
if (args.FirstOrDefault() == "board")
{
    // The board is a heavy page (200 targets): a lower default rate than the platform's 200/s.
    await BoardBench.RunAsync(Arguments.Int(args, "--rate", 50), seconds, rounds);
    return;
}
if (args.FirstOrDefault() == "malformed")
{
    await MalformedBench.RunAsync(Arguments.Int(args, "--count", 10_000));
    return;
}
if (args.FirstOrDefault() == "signin")
{
    await OfficeSignInBench.RunAsync(Arguments.Int(args, "--people", 30), Arguments.Int(args, "--spread", 60));
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
    Console.WriteLine($"    next runs (data kept):             {warmStartup.TotalSeconds,6:0.0} s   goal ≤ 15 s");

    Console.WriteLine("(b) resident memory at idle (10 s after healthy)");
    await Task.Delay(TimeSpan.FromSeconds(10));
    var memory = ProcessMemory.PlatformProcesses(appHost);
    Console.WriteLine($"    {"process",-42} {"RSS",8}     {"PSS",8}");
    foreach (var (name, rss, pss) in memory) Console.WriteLine($"    {name,-42} {rss / 1048576.0,8:0.0} MiB {pss / 1048576.0,8:0.0} MiB");
    Console.WriteLine($"    total of {memory.Count} processes:{"",14} {memory.Sum(m => m.Rss) / 1048576.0,8:0.0} MiB {memory.Sum(m => m.Pss) / 1048576.0,8:0.0} MiB   goal ≤ 1536 MiB");
    var services = memory.Where(m => m.Name.StartsWith("WardPlatform.", StringComparison.Ordinal) && m.Name != "WardPlatform.AppHost.dll").ToList();
    Console.WriteLine($"    of which the {services.Count} services and gateway:{"",3} {services.Sum(m => m.Rss) / 1048576.0,8:0.0} MiB {services.Sum(m => m.Pss) / 1048576.0,8:0.0} MiB");

    // (c) What the gateway adds, and where a p99 comes from. Each line compares one path with the service called
    // directly, in the same run, alternating round by round:
    //   direct again   the same address twice: the machine's own noise floor (ratio ×1 by construction of the test)
    //   gateway's addr the address the gateway is given for the service (since the AppHost stopped proxying service
    //                  endpoints it is the service's own port: the same as direct, kept as a check)
    //   gateway /alive the gateway's own /alive (its middleware: security headers, rate limiter, no proxy)
    //   gateway proxy  /api/plans/alive: + YARP and the DCP hop, anonymous (no token)
    //   gateway /plans /api/plans/plans with a bearer token: + token forwarding, per-user rate limit partitions
    var direct = appHost.ProjectUrl("plans")!.Replace("localhost", "127.0.0.1");
    var dcpProxy = appHost.ServiceAddressSeenByGateway("plans")!.Replace("localhost", "127.0.0.1");
    var gatewayRoot = $"http://127.0.0.1:{appHost.GatewayPort}";
    var officer = (await DemoPeople.LoadAsync(state)).Find("ward_officer", "26068");
    using var client = new HttpClient();
    client.DefaultRequestHeaders.Authorization = new("Bearer", await AccessTokens.ForPersonalTokenAsync(appHost.Gateway, appHost.StateDirectory, officer.ApiToken));
    var comparisons = new (string Label, string Direct, string Other)[]
    {
        ("GET /plans, direct again", direct + "/plans", direct + "/plans"),
        ("GET /plans, gateway's address", direct + "/plans", dcpProxy + "/plans"),
        ("GET /alive, gateway's own", direct + "/alive", gatewayRoot + "/alive"),
        ("GET /alive, gateway proxy", direct + "/alive", gatewayRoot + "/api/plans/alive"),
        ("GET /plans, gateway proxy", direct + "/plans", gatewayRoot + "/api/plans/plans"),
    };
    foreach (var fixedRate in rates)
    {
        Console.WriteLine($"(c) latency at a fixed {fixedRate} requests/s, {rounds} rounds of {seconds} s per path, alternating with direct");
        foreach (var (label, directUrl, otherUrl) in comparisons)
        {
            var result = await LatencyComparison.RunAsync(client, directUrl, client, otherUrl, fixedRate, TimeSpan.FromSeconds(seconds), rounds);
            Console.WriteLine($"    {label}");
            Console.WriteLine($"      direct  p50 {result.Direct.P50,7:0.000} ms  p99 {result.Direct.P99,7:0.000} ms  ({result.Direct.Count} requests, {result.Direct.Errors} errors)");
            Console.WriteLine($"      other   p50 {result.Gateway.P50,7:0.000} ms  p99 {result.Gateway.P99,7:0.000} ms  ({result.Gateway.Count} requests, {result.Gateway.Errors} errors)");
            Console.WriteLine($"      other/direct p50 ×{result.Gateway.P50 / result.Direct.P50:0.00}, p99 ×{result.Gateway.P99 / result.Direct.P99:0.00}; " +
                              $"added at p50 {result.Gateway.P50 - result.Direct.P50:+0.000;-0.000} ms, at p99 {result.Gateway.P99 - result.Direct.P99:+0.000;-0.000} ms");
        }
    }
    Console.WriteLine("    goals: the gateway adds ≤ 0.3 ms at p50 and p99 ≤ ×1.2 on /plans, at 200 and 1,000 requests/s");
}
finally
{
    try { Directory.Delete(state, recursive: true); } catch (IOException) { }
}
