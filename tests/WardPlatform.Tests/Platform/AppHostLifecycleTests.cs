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

                var postgres = (await appHost.ResourcesAsync()).Single(r => r.Name == "postgres").Pid!.Value;
                processes = [.. appHost.Descendants(), postgres];
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("beam.smp"));
                Assert.Contains(processes, p => Posix.CommandLine(p).StartsWith("epmd"));
                Assert.Contains(processes, p => Posix.CommandLine(p).Contains("WardPlatform.Gateway.dll"));

                var stopping = await appHost.StopAsync(TimeSpan.FromSeconds(30));
                Assert.True(appHost.HasExited, "the AppHost is still running after SIGTERM");
                Assert.True(stopping < TimeSpan.FromSeconds(15), $"stopping took {stopping.TotalSeconds:0.0} s");
            }
            await Task.Delay(300, Ct);
            var leftovers = processes.Where(Posix.IsAlive).Select(p => $"{p}: {Posix.CommandLine(p)}").ToList();
            Assert.True(leftovers.Count == 0, "left behind: " + string.Join("; ", leftovers));

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

                var postgres = (await again.ResourcesAsync()).Single(r => r.Name == "postgres").Pid!.Value;
                processes = [.. again.Descendants(), postgres];
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
            var resources = await appHost.ResourcesAsync();
            Assert.Equal("postgres (external)", resources.Single(r => r.Name == "postgres").Kind);
            Assert.Equal("rabbitmq (external)", resources.Single(r => r.Name == "eventbus").Kind);
            Assert.DoesNotContain(appHost.Descendants(), p => Posix.CommandLine(p).Contains("beam.smp") || Posix.CommandLine(p).StartsWith("epmd"));
            Assert.False(System.IO.Directory.Exists(Path.Combine(state, "postgres")));

            var health = await appHost.Gateway.GetFromJsonAsync<JsonElement>("/health", TestContext.Current.CancellationToken);
            Assert.Equal("Healthy", health.GetProperty("status").GetString());
        }
        try { System.IO.Directory.Delete(state, recursive: true); } catch (IOException) { }
    }
}
