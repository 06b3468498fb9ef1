using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Contracts;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.Demo;
using WardPlatform.Directory.Organisation;
using WardPlatform.Directory.People;
using WardPlatform.Directory.Tokens;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Directory;

/// <summary>The demo data a directory started with <c>Demo:Enabled=true</c> seeds, and its credentials file.</summary>
public sealed class DemoSeedingTests : IAsyncLifetime
{
    private readonly TestServers _servers;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ward-demo-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceHost<DirectoryDbContext> _host;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string CredentialsFile => Path.Combine(_folder, "demo-credentials.json");
    private DemoOptions Options => new() { Enabled = true, CredentialsFile = CredentialsFile };

    public DemoSeedingTests(TestServers servers)
    {
        _servers = servers;
        _host = new ServiceHost<DirectoryDbContext>(servers, ResourceNames.DirectoryDb, settings: new Dictionary<string, string>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:CredentialsFile"] = CredentialsFile,
        });
    }

    public async ValueTask InitializeAsync() => await _host.WaitReadyAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        if (System.IO.Directory.Exists(_folder)) System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Dong_Nai_has_95_wards_23_phuong_and_72_xa_with_the_named_ones()
    {
        var wards = await _host.QueryAsync(db => db.Wards.Where(w => w.ProvinceCode == TestUser.ProvinceCode).ToListAsync(Ct));

        Assert.Equal(95, wards.Count);
        Assert.Equal(23, wards.Count(w => w.Kind == WardKind.Phuong));
        Assert.Equal(72, wards.Count(w => w.Kind == WardKind.Xa));
        Assert.Equal(95, wards.Select(w => w.Code).Distinct().Count());
        Assert.All(wards, w => Assert.Matches("^[0-9]{5}$", w.Code));
        Assert.Equal("Phường Tam Phước", wards.Single(w => w.Code == TestUser.TamPhuoc).Name);
        Assert.Equal("Phường Bình Phước", wards.Single(w => w.Code == TestUser.BinhPhuoc).Name);
        var other = await _host.QueryAsync(db => db.Wards.Where(w => w.ProvinceCode == TestUser.OtherProvinceCode).Select(w => w.Code).ToListAsync(Ct));
        Assert.Equal(2, other.Count);
        Assert.Contains(TestUser.OtherProvinceWard, other);
        var provinces = await _host.QueryAsync(db => db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Name, Ct));
        Assert.Equal(("Đồng Nai", "Tây Ninh"), (provinces[TestUser.ProvinceCode], provinces[TestUser.OtherProvinceCode]));
    }

    [Fact]
    public async Task Every_ward_has_its_units_and_neighbourhoods_and_the_province_two_clusters()
    {
        var unitsPerWard = await _host.QueryAsync(db => db.Units.GroupBy(u => u.TenantCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct));
        var tamPhuoc = await _host.QueryAsync(db => db.Neighbourhoods.Where(n => n.TenantCode == TestUser.TamPhuoc).Select(n => n.Name).ToListAsync(Ct));
        var tamPhuocUnits = await _host.QueryAsync(db => db.Units.Where(u => u.TenantCode == TestUser.TamPhuoc).Select(u => u.Name).ToListAsync(Ct));
        var clusters = await _host.QueryAsync(db => db.Clusters.Include(c => c.Members).ToListAsync(Ct));

        Assert.Equal(97, unitsPerWard.Count);
        Assert.All(unitsPerWard, w => Assert.InRange(w.Count, 13, 14));
        Assert.Contains("Trung tâm Phục vụ hành chính công", tamPhuocUnits);
        Assert.Contains("Phòng Kinh tế - Hạ tầng và Đô thị", tamPhuocUnits);
        Assert.Contains("Công an phường Tam Phước", tamPhuocUnits);
        Assert.Equal(7, tamPhuoc.Count);
        Assert.Equal(2, clusters.Count);
        Assert.All(clusters, c => Assert.Equal((TestUser.ProvinceCode, ClusterMemberKind.Wards), (c.TenantCode, c.MemberKind)));
        Assert.Equal(95, clusters.Sum(c => c.Members.Count));
    }

    [Fact]
    public async Task There_is_a_demo_person_for_every_role()
    {
        var people = await _host.QueryAsync(db => db.People.ToListAsync(Ct));

        foreach (var role in new[] { WardRoles.WardOfficer, WardRoles.WardAppraiser, WardRoles.WardChairman, WardRoles.WardAdministrator })
            Assert.Contains(people, p => p.Role == role && p.TenantCode == TestUser.TamPhuoc);
        Assert.Contains(people, p => p.Role == WardRoles.WardOfficer && p.TenantCode == TestUser.BinhPhuoc);
        Assert.Contains(people, p => p.Role == WardRoles.WardAdministrator && p.TenantCode == TestUser.BinhPhuoc);
        Assert.Contains(people, p => p.Role == WardRoles.WardOfficer && p.TenantCode == TestUser.OtherProvinceWard && p.ProvinceCode == TestUser.OtherProvinceCode);
        Assert.Contains(people, p => p.Role == WardRoles.ProvinceOfficial && p.TenantCode == TestUser.ProvinceCode);
        Assert.Contains(people, p => p.Role == WardRoles.ProvinceAdministrator && p.TenantCode == TestUser.ProvinceCode);
        // The province's leadership issues its plans.
        Assert.Contains(people, p => p.Role == WardRoles.ProvinceLeader && p.TenantCode == TestUser.ProvinceCode);
        Assert.Contains(people, p => p.Role == WardRoles.PlatformAdministrator);
        Assert.Contains(people, p => p.UserName == "tamphuoc.canbo");
    }

    [Fact]
    public async Task The_credentials_file_is_private_and_its_passwords_and_tokens_match_the_database()
    {
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CredentialsFile));
        var credentials = await ReadCredentialsAsync();
        var people = await _host.QueryAsync(db => db.People.ToDictionaryAsync(p => p.UserName, Ct));
        var tokens = await _host.QueryAsync(db => db.PersonalAccessTokens.ToListAsync(Ct));

        Assert.Equal(11, credentials.People.Count);
        foreach (var credential in credentials.People)
        {
            var person = people[credential.UserName];
            Assert.True(credential.Password.Length >= 16);
            Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Person>().VerifyHashedPassword(person, person.PasswordHash!, credential.Password));
            Assert.Equal((person.Role, person.TenantCode, person.DisplayName), (credential.Role, credential.TenantCode, credential.DisplayName));
            var token = Assert.Single(tokens, t => t.SecretHash == PersonalTokens.Hash(credential.ApiToken));
            Assert.Equal(person.Id, token.PersonId);
            Assert.InRange(token.ExpiresAt - token.CreatedAt, TimeSpan.FromDays(89), TimeSpan.FromDays(91));
        }
        Assert.Equal("Phường Tam Phước", credentials.People.Single(c => c.UserName == "tamphuoc.canbo").TenantName);
        Assert.Equal("Đồng Nai", credentials.People.Single(c => c.Role == WardRoles.ProvinceAdministrator).TenantName);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await SnapshotAsync();
        var fileBefore = await File.ReadAllTextAsync(CredentialsFile, Ct);

        var outcome = await SeedAgainAsync();

        Assert.Equal(DemoSeedOutcome.AlreadySeeded, outcome);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(fileBefore, await File.ReadAllTextAsync(CredentialsFile, Ct));
    }

    [Fact]
    public async Task A_lost_credentials_file_gives_the_demo_people_new_passwords_and_tokens()
    {
        var old = await ReadCredentialsAsync();
        File.Delete(CredentialsFile);

        var outcome = await SeedAgainAsync();

        Assert.Equal(DemoSeedOutcome.CredentialsReset, outcome);
        var renewed = await ReadCredentialsAsync();
        var people = await _host.QueryAsync(db => db.People.ToDictionaryAsync(p => p.UserName, Ct));
        var tokenHashes = await _host.QueryAsync(db => db.PersonalAccessTokens.Select(t => t.SecretHash).ToListAsync(Ct));
        var hasher = new PasswordHasher<Person>();
        Assert.Equal(11, renewed.People.Count);
        Assert.Equal(11, tokenHashes.Count);
        foreach (var credential in renewed.People)
        {
            var person = people[credential.UserName];
            Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(person, person.PasswordHash!, credential.Password));
            Assert.Equal(PasswordVerificationResult.Failed,
                hasher.VerifyHashedPassword(person, person.PasswordHash!, old.People.Single(o => o.UserName == credential.UserName).Password));
            Assert.Contains(PersonalTokens.Hash(credential.ApiToken), tokenHashes);
        }
        Assert.DoesNotContain(old.People, o => tokenHashes.Contains(PersonalTokens.Hash(o.ApiToken)));
        Assert.Equal(95, await _host.QueryAsync(db => db.Wards.CountAsync(w => w.ProvinceCode == TestUser.ProvinceCode, Ct)));
    }

    [Fact]
    public async Task Demo_data_is_off_unless_enabled()
    {
        await using var plain = new ServiceHost<DirectoryDbContext>(_servers, ResourceNames.DirectoryDb);
        await plain.WaitReadyAsync();

        Assert.Equal(0, await plain.QueryAsync(db => db.Wards.CountAsync(Ct)));
        Assert.Equal(0, await plain.QueryAsync(db => db.People.CountAsync(Ct)));
    }

    private async Task<DemoSeedOutcome> SeedAgainAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await DemoSeeder.SeedAsync(scope.ServiceProvider, Options, Ct);
    }

    private async Task<DemoCredentials> ReadCredentialsAsync()
    {
        await using var file = File.OpenRead(CredentialsFile);
        using var json = await JsonDocument.ParseAsync(file, cancellationToken: Ct);
        Assert.True(json.RootElement.TryGetProperty("generatedAt", out _));
        Assert.True(json.RootElement.GetProperty("people")[0].TryGetProperty("apiToken", out _));
        return json.RootElement.Deserialize<DemoCredentials>(DemoCredentials.Json)!;
    }

    private Task<string> SnapshotAsync() => _host.QueryAsync(async db => string.Join("|",
        await db.Provinces.CountAsync(Ct), await db.Wards.CountAsync(Ct), await db.Units.CountAsync(Ct),
        await db.Neighbourhoods.CountAsync(Ct), await db.Clusters.CountAsync(Ct), await db.ClusterMembers.CountAsync(Ct),
        await db.PersonalAccessTokens.CountAsync(Ct),
        string.Join(",", await db.People.OrderBy(p => p.UserName).Select(p => p.UserName + ":" + p.PasswordHash).ToListAsync(Ct))));
}
