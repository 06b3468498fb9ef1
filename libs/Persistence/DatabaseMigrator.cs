using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace WardPlatform.Persistence;

/// <summary>
/// Applies a service's EF Core migrations at start. Two instances starting at once are safe: the
/// database is created if missing (a concurrent creation is tolerated) and the migration runs under a
/// PostgreSQL advisory lock, so the second instance waits and then finds nothing left to do.
/// </summary>
public static class DatabaseMigrator
{
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";

    public static async Task MigrateDatabaseAsync<TDb>(this IHost app, CancellationToken ct = default) where TDb : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        await MigrateAsync(db, logger, ct);
    }

    public static async Task MigrateAsync(DbContext db, ILogger logger, CancellationToken ct = default)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The DbContext has no connection string.");
        await EnsureDatabaseExistsAsync(connectionString, ct);

        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(ct);
        var lockKey = StableLockKey(db.GetType().FullName!);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            take.Parameters.AddWithValue("key", lockKey);
            await take.ExecuteNonQueryAsync(ct);
        }
        try
        {
            // Creating the history table first spares the log a failed SELECT on a new database.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
                logger.LogInformation("Applying {Count} migration(s) to {Database}: {Migrations}",
                    pending.Count, lockConnection.Database, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", lockConnection);
            release.Parameters.AddWithValue("key", lockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Creates the database named in the connection string when it does not exist yet.</summary>
    public static async Task EnsureDatabaseExistsAsync(string connectionString, CancellationToken ct = default)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };

        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync(ct) is not null) return;
        }
        try
        {
            var quoted = "\"" + name.Replace("\"", "\"\"") + "\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted} ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Another instance created it between our check and our CREATE: that is the outcome we want.
        }
    }

    // A stable 64-bit key per DbContext type (string.GetHashCode is randomised per process).
    private static long StableLockKey(string text)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("ward-migrate:" + text));
        return BitConverter.ToInt64(hash, 0);
    }
}
