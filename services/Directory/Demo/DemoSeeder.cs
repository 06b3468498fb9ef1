using OpenIddict.Abstractions;
using WardPlatform.Directory.SignIn;
using WardPlatform.Tenancy;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.Integrations;
using WardPlatform.Directory.Organisation;
using WardPlatform.Directory.People;
using WardPlatform.Directory.Tokens;

namespace WardPlatform.Directory.Demo;

public enum DemoSeedOutcome { Disabled, Seeded, AlreadySeeded, CredentialsReset }

/// <summary>
/// Seeds the demo province once, at start after migration, when <c>Demo:Enabled</c> is true: Đồng Nai with its
/// 95 wards and their units and neighbourhoods, two province clusters, a second province for isolation, and
/// demo accounts with random passwords and personal API tokens written to <c>Demo:CredentialsFile</c>.
/// </summary>
public static class DemoSeeder
{
    public const string TokenName = "Demo";
    public const string PlatformTenantName = "Toàn nền tảng";
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromDays(90);
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int PasswordLength = 20;

    public static async Task SeedDemoDataAsync(this WebApplication app, CancellationToken ct = default)
    {
        var options = app.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        await using var scope = app.Services.CreateAsyncScope();
        await SeedAsync(scope.ServiceProvider, options, ct);
    }

    public static async Task<DemoSeedOutcome> SeedAsync(IServiceProvider services, DemoOptions options, CancellationToken ct = default)
    {
        if (!options.Enabled) return DemoSeedOutcome.Disabled;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeder));
        await using var db = DirectoryDbContext.AsSystem(services);
        if (await db.Provinces.AnyAsync(p => p.Code == DemoProvinces.DongNaiCode, ct))
        {
            if (string.IsNullOrEmpty(options.CredentialsFile) || File.Exists(options.CredentialsFile)) return DemoSeedOutcome.AlreadySeeded;
            await ResetCredentialsAsync(db, services, options.CredentialsFile, ct);
            logger.LogWarning("Demo credentials file {File} was missing: the demo accounts got new passwords and API tokens, written there",
                options.CredentialsFile);
            return DemoSeedOutcome.CredentialsReset;
        }

        var clock = Stopwatch.StartNew();
        var wards = DemoProvinces.DongNai.Select(w => ToWard(w, DemoProvinces.DongNaiCode))
            .Concat(DemoProvinces.TayNinh.Select(w => ToWard(w, DemoProvinces.TayNinhCode))).ToList();
        var units = wards.SelectMany(DemoOrganisation.UnitsOf).ToList();
        var neighbourhoods = wards.SelectMany((w, i) => DemoOrganisation.NeighbourhoodsOf(w, DemoProvinces.NeighbourhoodCount(w.Code, i))).ToList();
        var clusters = DemoOrganisation.ClustersOf(DemoProvinces.DongNaiCode, wards.Where(w => w.ProvinceCode == DemoProvinces.DongNaiCode));

        db.Provinces.AddRange(Province.Create(DemoProvinces.DongNaiCode, DemoProvinces.DongNaiName), Province.Create(DemoProvinces.TayNinhCode, DemoProvinces.TayNinhName));
        db.Wards.AddRange(wards);
        db.Units.AddRange(units);
        db.Neighbourhoods.AddRange(neighbourhoods);
        db.Clusters.AddRange(clusters);
        var people = DemoPeople.All.Select(p => ToPerson(p, units)).ToList();
        db.People.AddRange(people);
        var credentials = IssueCredentials(db, services, people);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            logger.LogInformation("Demo data was seeded by another instance meanwhile; nothing to do");
            return DemoSeedOutcome.AlreadySeeded;
        }
        credentials = credentials with { MachineClients = [await IssueMachineClientAsync(services, ct)] };
        await WriteAsync(credentials, options.CredentialsFile, ct);
        logger.LogInformation(
            "Demo data seeded in {Elapsed} ms: 2 provinces, {Wards} wards ({DongNai} in Đồng Nai), {Units} units, {Neighbourhoods} neighbourhoods, {Clusters} clusters, {People} people; credentials {File}",
            clock.ElapsedMilliseconds, wards.Count, DemoProvinces.DongNai.Count, units.Count, neighbourhoods.Count, clusters.Count, people.Count,
            string.IsNullOrEmpty(options.CredentialsFile) ? "not written (Demo:CredentialsFile not set)" : $"in {options.CredentialsFile}");
        return DemoSeedOutcome.Seeded;
    }

    /// <summary>The passwords cannot be read back from their hashes: without the file, the only way to hand them out is new ones.</summary>
    private static async Task ResetCredentialsAsync(DirectoryDbContext db, IServiceProvider services, string path, CancellationToken ct)
    {
        var userNames = DemoPeople.All.Select(p => p.UserName).ToList();
        var people = await db.People.Where(p => userNames.Contains(p.UserName)).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        db.PersonalAccessTokens.RemoveRange(await db.PersonalAccessTokens.Where(t => ids.Contains(t.PersonId) && t.Name == TokenName).ToListAsync(ct));
        var credentials = IssueCredentials(db, services, people);
        await db.SaveChangesAsync(ct);
        credentials = credentials with { MachineClients = [await IssueMachineClientAsync(services, ct)] };
        await WriteAsync(credentials, path, ct);
    }

    /// <summary>Tam Phước's integration script (client credentials), registered or given a new secret.</summary>
    private static async Task<DemoMachineClient> IssueMachineClientAsync(IServiceProvider services, CancellationToken ct)
    {
        var client = new MachineClient("tamphuoc-tich-hop", "Tích hợp số liệu Phường Tam Phước", DemoProvinces.TamPhuoc,
            DemoProvinces.DongNaiCode, WardRoles.WardOfficer);
        var secret = RandomNumberGenerator.GetString(PasswordAlphabet, 32);
        // Listed (and revocable) at /machine-clients like any registered integration: the row saves with the application.
        var db = services.GetRequiredService<DirectoryDbContext>();
        if (!await db.MachineClientRegistrations.AnyAsync(r => r.ClientId == client.ClientId, ct))
            db.MachineClientRegistrations.Add(new MachineClientRegistration
            {
                ClientId = client.ClientId, TenantCode = client.TenantCode, ProvinceCode = client.ProvinceCode,
                DisplayName = client.DisplayName, Role = client.Role, CreatedByName = "Dữ liệu mẫu",
                CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            });
        await MachineClients.RegisterAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), client, secret, ct);
        return new DemoMachineClient(client.ClientId, secret, client.DisplayName, client.Role, client.TenantCode);
    }

    private static DemoCredentials IssueCredentials(DirectoryDbContext db, IServiceProvider services, List<Person> people)
    {
        var hasher = services.GetRequiredService<IPasswordHasher<Person>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var tenantNames = DemoProvinces.DongNai.Concat(DemoProvinces.TayNinh).ToDictionary(w => w.Code, w => w.Name);
        tenantNames[DemoProvinces.DongNaiCode] = DemoProvinces.DongNaiName;
        tenantNames[DemoProvinces.TayNinhCode] = DemoProvinces.TayNinhName;

        var issued = new List<DemoCredential>();
        foreach (var person in people)
        {
            var password = RandomNumberGenerator.GetString(PasswordAlphabet, PasswordLength);
            person.PasswordHash = hasher.HashPassword(person, password);
            person.FailedSignIns = 0;
            person.LockedUntil = null;
            var (token, secret) = PersonalTokens.Create(person, TokenName, now + TokenLifetime, now);
            db.PersonalAccessTokens.Add(token);
            issued.Add(new DemoCredential(person.UserName, password, person.DisplayName, person.Role, person.TenantCode,
                tenantNames.GetValueOrDefault(person.TenantCode, PlatformTenantName), secret));
        }
        return new DemoCredentials(now, issued);
    }

    private static async Task WriteAsync(DemoCredentials credentials, string? path, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(path)) await credentials.WriteAsync(path, ct);
    }

    private static Ward ToWard(DemoWard ward, string provinceCode) => Ward.Create(ward.Code, ward.Name,
        ward.Name.StartsWith("Phường ", StringComparison.Ordinal) ? WardKind.Phuong : WardKind.Xa, provinceCode, ward.FormerDistrict);

    private static Person ToPerson(DemoPerson demo, List<Unit> units) => new()
    {
        UserName = demo.UserName, DisplayName = demo.DisplayName, Role = demo.Role,
        TenantCode = demo.TenantCode, ProvinceCode = demo.ProvinceCode,
        UnitId = demo.UnitName is null ? null : units.First(u => u.TenantCode == demo.TenantCode && u.Name == demo.UnitName).Id,
    };
}
