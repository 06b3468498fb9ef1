using WardPlatform.Contracts;
using WardPlatform.Tenancy;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.LocalServers;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

public sealed class AppHostLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SIGTERM_stops_everything_within_15_s_and_the_data_survives_a_restart()
    {
        var state = AppHostProcess.NewStateDirectory();
        try
        {
            var (appHost, _) = await AppHostProcess.StartAsync(state);
            Guid planId;
            int[] processes;
            var officer = (await DemoPeople.LoadAsync(state, Ct)).Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
            using var session = new SignInSession(appHost.Gateway.BaseAddress!);
            await using (appHost)
            {
                var (signInStatus, _, _) = await session.SignInAsync(officer.UserName, officer.Password, Ct);
                Assert.Equal(HttpStatusCode.OK, signInStatus);
                using var create = new HttpRequestMessage(HttpMethod.Post, "/api/plans/plans")
                {
                    Content = JsonContent.Create(new { number = "118/KH-UBND", title = "Kế hoạch giữ qua lần khởi động lại" }),
                };
                create.Headers.Add(AntiforgeryToken.Header, await AntiforgeryToken.ReadAsync(session.Client, Ct));
                var created = await session.Client.SendAsync(create, Ct);
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                planId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

                var postgres = appHost.PostgresPid!.Value;
                processes = [.. appHost.PlatformProcesses(), postgres];
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("beam.smp"));
                Assert.Contains(processes, p => Posix.CommandLine(p).StartsWith("epmd"));
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("WardPlatform.Gateway"));
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("dcp"));
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("Aspire.Dashboard"));

                var stopping = await appHost.StopAsync(TimeSpan.FromSeconds(30));
                Assert.True(appHost.HasExited, "the AppHost is still running after SIGTERM");
                Assert.True(stopping < TimeSpan.FromSeconds(15), $"stopping took {stopping.TotalSeconds:0.0} s");
            }
            // DCP stops itself and what it started once it sees its AppHost gone: give it a moment.
            await Eventually.HoldsAsync(() => Task.FromResult(!processes.Any(Posix.IsAlive)), TimeSpan.FromSeconds(30),
                "nothing left after SIGTERM", Ct);

            // Again, as the README says to start it; `dotnet run` does not pass SIGTERM on, the AppHost
            // notices its parent is gone and stops all the same.
            var (again, _) = await AppHostProcess.StartAsync(state, throughDotnetRun: true, gatewayPort: appHost.GatewayPort);
            await using (again)
            {
                // The session cookie and the access token inside it were made before the restart: the gateway's
                // cookie keys and the directory's signing keys both survived it.
                var plan = await session.Client.GetFromJsonAsync<JsonElement>($"/api/plans/plans/{planId}", Ct);
                Assert.Equal("Kế hoạch giữ qua lần khởi động lại", plan.GetProperty("title").GetString());
                using var script = DemoPeople.ApiClient(again.Gateway.BaseAddress!, officer);
                Assert.Equal(HttpStatusCode.OK, (await script.GetAsync($"/api/plans/plans/{planId}", Ct)).StatusCode);

                var postgres = again.PostgresPid!.Value;
                processes = [.. again.PlatformProcesses(), postgres];
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("WardPlatform.AppHost"));
                await again.StopAsync(TimeSpan.FromSeconds(5));
                await Eventually.HoldsAsync(() => Task.FromResult(!processes.Any(Posix.IsAlive)), TimeSpan.FromSeconds(15),
                    "nothing left after SIGTERM to dotnet run", Ct);
            }
        }
        finally
        {
            try { System.IO.Directory.Delete(state, recursive: true); } catch (IOException) { }
        }
    }
}

public sealed class AppHostKilledTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_AppHost_killed_with_SIGKILL_leaves_no_process_behind_after_the_next_start()
    {
        var state = AppHostProcess.NewStateDirectory();
        try
        {
            var (first, _) = await AppHostProcess.StartAsync(state);
            int[] processes;
            await using (first)
            {
                processes = [.. first.PlatformProcesses(), first.PostgresPid!.Value];
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("WardPlatform.Plans"));
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("beam.smp"));
                Posix.Signal(first.Pid, Posix.SIGKILL);
                await Eventually.HoldsAsync(() => Task.FromResult(first.HasExited), TimeSpan.FromSeconds(10), "the AppHost gone", Ct);
            }

            // DCP notices its AppHost is gone and stops the services; the next start stops the servers it left.
            var (again, _) = await AppHostProcess.StartAsync(state);
            await using (again)
            {
                var leftovers = processes.Where(Posix.IsAlive).Select(p => $"{p}: {Posix.CommandLine(p)}").ToList();
                Assert.True(leftovers.Count == 0, "left behind by the killed AppHost: " + string.Join("; ", leftovers));
                Assert.Equal(HttpStatusCode.OK, (await again.Gateway.GetAsync("/alive", Ct)).StatusCode);
            }
        }
        finally
        {
            try { System.IO.Directory.Delete(state, recursive: true); } catch (IOException) { }
        }
    }
}

public sealed class DeploymentManifestTests
{
    [Fact]
    public async Task The_manifest_names_every_service_database_the_broker_and_the_gateway_with_their_references()
    {
        var output = Path.Combine(Path.GetTempPath(), $"ward-manifest-{Guid.NewGuid():N}.json");
        var dll = Path.Combine(Repository.Root, "AppHost", "bin", Repository.BuildConfiguration, "net10.0", "WardPlatform.AppHost.dll");
        var result = await Command.RunAsync("dotnet", [dll, "--publisher", "manifest", "--output-path", output],
            timeout: TimeSpan.FromSeconds(120), ct: TestContext.Current.CancellationToken);
        Assert.True(result.ExitCode == 0, result.Output);
        try
        {
            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
            var resources = manifest.RootElement.GetProperty("resources");
            Assert.StartsWith("container.", resources.GetProperty(ResourceNames.Postgres).GetProperty("type").GetString());
            Assert.StartsWith("container.", resources.GetProperty(ResourceNames.EventBus).GetProperty("type").GetString());
            foreach (var service in ResourceNames.Services)
            {
                var database = resources.GetProperty(ResourceNames.DatabaseOf(service));
                Assert.Equal($"{{{ResourceNames.Postgres}.connectionString}};Database={ResourceNames.DatabaseOf(service)}",
                    database.GetProperty("connectionString").GetString());
                var project = resources.GetProperty(service);
                Assert.StartsWith("project.", project.GetProperty("type").GetString());
                var env = project.GetProperty("env");
                Assert.Equal($"{{{ResourceNames.DatabaseOf(service)}.connectionString}}", env.GetProperty($"ConnectionStrings__{ResourceNames.DatabaseOf(service)}").GetString());
                Assert.Equal($"{{{ResourceNames.EventBus}.connectionString}}", env.GetProperty($"ConnectionStrings__{ResourceNames.EventBus}").GetString());
            }
            var gateway = resources.GetProperty(ResourceNames.Gateway);
            foreach (var service in ResourceNames.Services)
                Assert.True(gateway.GetProperty("env").TryGetProperty($"services__{service}__http__0", out _), $"the gateway lacks a reference to {service}");
            Assert.True(gateway.GetProperty("bindings").GetProperty("http").GetProperty("external").GetBoolean());
            // No secret of this machine in the manifest: the gateway's client secret is a parameter.
            Assert.Contains("{gateway-client-secret.value}", gateway.GetProperty("env").GetProperty("Auth__ClientSecret").GetString());
        }
        finally
        {
            File.Delete(output);
        }
    }
}

public sealed class AppHostExternalServerTests(TestServers servers)
{
    [Fact]
    public async Task Given_connection_strings_the_AppHost_uses_those_servers_and_starts_none_of_its_own()
    {
        var state = AppHostProcess.NewStateDirectory();
        var (appHost, _) = await AppHostProcess.StartAsync(state, new Dictionary<string, string>
        {
            ["ConnectionStrings__postgres"] = servers.PostgresConnectionString,
            ["ConnectionStrings__eventbus"] = servers.NewEventBus(),
        });
        await using (appHost)
        {
            Assert.Contains(appHost.PlatformProcesses(), p => Posix.CommandLine(p).Contains("WardPlatform.Plans"));
            Assert.DoesNotContain(appHost.PlatformProcesses(), p => Posix.CommandLine(p).Contains("beam.smp") || Posix.CommandLine(p).StartsWith("epmd"));
            Assert.False(System.IO.Directory.Exists(Path.Combine(state, "postgres")));

            var health = await appHost.Gateway.GetFromJsonAsync<JsonElement>("/health", TestContext.Current.CancellationToken);
            Assert.Equal("Healthy", health.GetProperty("status").GetString());
        }
        try { System.IO.Directory.Delete(state, recursive: true); } catch (IOException) { }
    }
}
