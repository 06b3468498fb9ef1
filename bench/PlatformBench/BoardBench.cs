using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WardPlatform.LocalServers;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.IssuedPlans;
using WardPlatform.Targets.Progress;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;
using WardPlatform.Tenancy;
using WardPlatform.Testing;

namespace WardPlatform.Bench;

/// <summary>
/// Issue 4's board benchmark: the real targets service in this process (its own PostgreSQL and RabbitMQ as
/// private processes), a ward with 200 targets and 5,000 progress reports (and a second ward as large, so the
/// tenant filter has something to filter), then at a fixed rate: GET /targets/{id} (one target and its 25
/// reports: the baseline), GET /plans/{id}/board, GET /units/{unit}/board and GET /plans/{id}/board.xlsx.
/// Run: bash bench/run.sh board [--rate 50 --seconds 5 --rounds 3]
/// </summary>
public static class BoardBench
{
    private const string Ward = "26068", OtherWard = "25432", Province = "75";
    private const int TargetsPerWard = 200, ReportsPerWard = 5_000;
    private static readonly string[] Units =
        ["Văn phòng HĐND-UBND", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế - Hạ tầng - Đô thị", "Trung tâm Phục vụ hành chính công",
         "Công an phường", "Ban Chỉ huy Quân sự", "Ủy ban MTTQ", "Đoàn Thanh niên"];

    public static async Task RunAsync(int rate, int seconds, int rounds)
    {
        var root = Path.Combine(Repository.Root, ".ward", "bench-board");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        await using var postgres = await LocalPostgres.StartAsync(Path.Combine(root, "postgres"), FreePort.Next(), NullLogger.Instance);
        await using var rabbit = await LocalRabbitMq.StartAsync(Path.Combine(root, "rabbitmq"), FreePort.Next(), "wardbench@localhost", NullLogger.Instance);
        // The bench is not a test project, so Mvc.Testing wrote no manifest saying where the service's content root is.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WARDPLATFORM_TARGETS", Path.Combine(Repository.Root, "services", "Targets"));
        var database = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = "targetsdb" }.ConnectionString;
        await using var host = new TargetsHost(database, rabbit.ConnectionString);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.For(new TestUser("bench", WardRoles.WardOfficer, Ward, Province), TimeSpan.FromHours(2)));
        await client.GetAsync("/health");

        var seeding = System.Diagnostics.Stopwatch.StartNew();
        var planId = await SeedAsync(host, Ward);
        await SeedAsync(host, OtherWard);
        Console.WriteLine($"Seeded 2 wards × {TargetsPerWard} targets × {ReportsPerWard} reports (statuses by the service's sweep) in {seeding.Elapsed.TotalSeconds:0.0} s");
        var oneTarget = await FirstTargetAsync(host, planId);

        Console.WriteLine($"At a fixed {rate} requests/s, {rounds} rounds of {seconds} s, alternating with the baseline:");
        var baselinePath = $"/targets/{oneTarget}";
        foreach (var path in new[] { $"/plans/{planId}/board", $"/units/{Uri.EscapeDataString(Units[0])}/board", $"/plans/{planId}/board.xlsx" })
        {
            var (baseline, measured) = await LatencyComparison.RunAsync(client, baselinePath, client, path, rate, TimeSpan.FromSeconds(seconds), rounds);
            Console.WriteLine($"  GET {path}");
            Print($"baseline GET /targets/{{id}}", baseline);
            Print("this path", measured);
            Console.WriteLine($"    ratio to baseline: p50 ×{measured.P50 / baseline.P50:0.00}, p99 ×{measured.P99 / baseline.P99:0.00}");
        }
    }

    private static void Print(string what, Percentiles p) =>
        Console.WriteLine($"    {what,-28} p50 {p.P50,8:0.000} ms  p99 {p.P99,8:0.000} ms  ({p.Count} requests, {p.Errors} errors)");

    /// <summary>A plan of the ward with 200 targets over 10 themes and 8 units, 25 reports each over the year so far.</summary>
    private static async Task<Guid> SeedAsync(TargetsHost host, string ward)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TargetsDbContext>();
        var random = new Random(ward.GetHashCode());
        var plan = new IssuedPlan
        {
            PlanId = Guid.CreateVersion7(), TenantCode = ward, ProvinceCode = Province, Number = $"118/KH-UBND-{ward}",
            Title = "Kế hoạch phát động thi đua 500 ngày đêm", IssuedOn = new DateOnly(2026, 1, 5), IssuedAt = DateTimeOffset.UtcNow,
            PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31), RecordedAt = DateTimeOffset.UtcNow, TimesRecorded = 1,
        };
        db.IssuedPlans.Add(plan);
        var reportsPerTarget = ReportsPerWard / TargetsPerWard;
        for (var i = 0; i < TargetsPerWard; i++)
        {
            var isShare = i % 2 == 0;
            var target = new Target
            {
                Id = Guid.CreateVersion7(), PlanId = plan.PlanId, Ordinal = i, TenantCode = ward, ProvinceCode = Province,
                Text = isShare ? $"Số hóa tối thiểu 90% hồ sơ nhóm {i}" : $"Có ít nhất 20 sáng kiến, mô hình nhóm {i}",
                Kind = isShare ? TargetKind.ShareToReach : TargetKind.Count, Value = isShare ? 90 : 20, Unit = isShare ? "%" : "sáng kiến",
                ThemeNumber = (i % 10 + 1).ToString(), OwnerUnit = Units[i % Units.Length], OwnerPerson = "Cán bộ phụ trách",
                PeriodFrom = plan.PeriodStart!.Value, PeriodTo = plan.PeriodEnd!.Value, Source = Target.ManualSource,
                RegisteredAt = DateTimeOffset.UtcNow, StatusReason = "",
            };
            db.Targets.Add(target);
            for (var r = 0; r < reportsPerTarget; r++)
                db.ProgressReports.Add(new ProgressReport
                {
                    Id = Guid.CreateVersion7(), TargetId = target.Id, PlanId = plan.PlanId, TenantCode = ward, ProvinceCode = Province,
                    Value = Math.Round(target.Value * (r + 1) / reportsPerTarget * (decimal)(0.6 + random.NextDouble() * 0.5), 1),
                    ReportedOn = new DateOnly(2026, 1, 10).AddDays(r * 12), Note = "Báo cáo định kỳ", ReportedBy = "bench",
                    ReportedByName = "Cán bộ phụ trách", RecordedAt = DateTimeOffset.UtcNow,
                });
        }
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<StatusSweeper>().SweepAsync(CancellationToken.None);
        return plan.PlanId;
    }

    private static async Task<Guid> FirstTargetAsync(TargetsHost host, Guid planId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TargetsDbContext>();
        return db.Targets.Where(t => t.PlanId == planId).OrderBy(t => t.Ordinal).Select(t => t.Id).First();
    }

    /// <summary>The real targets service; outside requests (the seeding) it runs with the system scope.</summary>
    private sealed class TargetsHost(string database, string eventBus) : WebApplicationFactory<TargetsDbContext>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:targetsdb", database);
            builder.UseSetting("ConnectionStrings:eventbus", eventBus);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureTestServices(TestTokens.AcceptIn);
        }
    }
}
