using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WardPlatform.Persistence;
using WardPlatform.Plans.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Messaging;

public sealed class MigrationTests(TestServers servers)
{
    [Fact]
    public async Task Two_instances_migrating_a_new_database_at_once_both_succeed()
    {
        for (var round = 0; round < 3; round++)
        {
            var connectionString = servers.NewDatabase("plansdb");
            PlansDbContext NewContext() => new(new DbContextOptionsBuilder<PlansDbContext>()
                .UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options, WardPlatform.Tenancy.TenantScope.System);
            await using var first = NewContext();
            await using var second = NewContext();

            await Task.WhenAll(
                DatabaseMigrator.MigrateAsync(first, NullLogger.Instance, TestContext.Current.CancellationToken),
                DatabaseMigrator.MigrateAsync(second, NullLogger.Instance, TestContext.Current.CancellationToken));

            await using var check = NewContext();
            Assert.Empty(await check.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.Equal(0, await check.Plans.CountAsync(TestContext.Current.CancellationToken));
        }
    }
}
