using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Tenancy;

/// <summary>Tenant isolation enforced once, by the model and the save guard, on a real PostgreSQL.</summary>
public sealed class TenancyTests(TestServers servers) : IAsyncLifetime
{
    private const string DongNai = "75";
    private const string OtherProvince = "79";
    private const string TamPhuoc = "26734";
    private const string BinhPhuoc = "26737";
    private const string ElsewhereWard = "27000";
    private readonly string _database = servers.NewDatabase("tenancy");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var db = Context(TenantScope.System);
        await db.Database.EnsureCreatedAsync(Ct);
        db.Records.AddRange(
            new WardRecord { TenantCode = TamPhuoc, ProvinceCode = DongNai, Title = "Tam Phước" },
            new WardRecord { TenantCode = BinhPhuoc, ProvinceCode = DongNai, Title = "Bình Phước" },
            new WardRecord { TenantCode = DongNai, ProvinceCode = DongNai, Title = "Kế hoạch của tỉnh" },
            new WardRecord { TenantCode = ElsewhereWard, ProvinceCode = OtherProvince, Title = "Tỉnh khác" });
        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Ward_staff_see_only_their_ward()
    {
        await using var db = Context(Scope(WardRoles.WardOfficer, TamPhuoc));
        Assert.Equal(["Tam Phước"], await db.Records.Select(r => r.Title).ToListAsync(Ct));
    }

    [Fact]
    public async Task Province_officials_see_every_ward_of_their_province_and_nothing_of_another()
    {
        await using var db = Context(Scope(WardRoles.ProvinceOfficial, DongNai));
        Assert.Equal(["Bình Phước", "Kế hoạch của tỉnh", "Tam Phước"], await db.Records.Select(r => r.Title).OrderBy(t => t).ToListAsync(Ct));
    }

    [Fact]
    public async Task Nobody_signed_in_sees_nothing_and_the_system_sees_everything()
    {
        await using (var anonymous = Context(TenantScope.From(new ClaimsPrincipal(new ClaimsIdentity()))))
            Assert.Equal(0, await anonymous.Records.CountAsync(Ct));
        await using var system = Context(TenantScope.System);
        Assert.Equal(4, await system.Records.CountAsync(Ct));
    }

    [Fact]
    public async Task A_token_without_tenant_claims_or_with_an_unknown_role_sees_nothing()
    {
        await using (var noTenant = Context(TenantScope.From(Principal(WardRoles.WardOfficer, "", ""))))
            Assert.Equal(0, await noTenant.Records.CountAsync(Ct));
        await using var unknownRole = Context(TenantScope.From(Principal("janitor", TamPhuoc, DongNai)));
        Assert.Equal(0, await unknownRole.Records.CountAsync(Ct));
    }

    [Fact]
    public async Task Writing_into_another_ward_is_refused_and_nothing_is_saved()
    {
        await using (var db = Context(Scope(WardRoles.WardOfficer, TamPhuoc)))
        {
            db.Records.Add(new WardRecord { TenantCode = BinhPhuoc, ProvinceCode = DongNai, Title = "ghi trộm" });
            db.Records.Add(new WardRecord { TenantCode = TamPhuoc, ProvinceCode = DongNai, Title = "hợp lệ nhưng cùng lần lưu" });
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Ct));
        }
        await using var system = Context(TenantScope.System);
        Assert.Equal(4, await system.Records.CountAsync(Ct));
    }

    [Fact]
    public async Task Moving_a_record_to_another_ward_is_refused()
    {
        await using var db = Context(Scope(WardRoles.WardOfficer, TamPhuoc));
        var mine = await db.Records.SingleAsync(Ct);
        mine.TenantCode = BinhPhuoc;
        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task Province_officials_write_province_records_but_not_a_wards()
    {
        await using var db = Context(Scope(WardRoles.ProvinceOfficial, DongNai));
        db.Records.Add(new WardRecord { TenantCode = DongNai, ProvinceCode = DongNai, Title = "Kế hoạch tỉnh mới" });
        await db.SaveChangesAsync(Ct);

        var ward = await db.Records.SingleAsync(r => r.TenantCode == TamPhuoc, Ct);
        ward.Title = "sửa hộ phường";
        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync(Ct));
    }

    private static TenantScope Scope(string role, string tenant) => TenantScope.From(Principal(role, tenant, DongNai));

    private static ClaimsPrincipal Principal(string role, string tenant, string province) =>
        new(new ClaimsIdentity([new Claim(WardClaims.Role, role), new Claim(WardClaims.Tenant, tenant), new Claim(WardClaims.Province, province)], "test"));

    private RecordsContext Context(TenantScope scope) => new(new DbContextOptionsBuilder<RecordsContext>()
        .UseNpgsql(_database).UseSnakeCaseNamingConvention().AddInterceptors(new TenantWriteGuard()).Options, scope);

    public sealed class WardRecord : ITenantOwned
    {
        public int Id { get; set; }
        public required string TenantCode { get; set; }
        public required string ProvinceCode { get; set; }
        public required string Title { get; set; }
    }

    public sealed class RecordsContext(DbContextOptions<RecordsContext> options, TenantScope scope) : DbContext(options), ITenantScopedContext
    {
        public TenantScope Scope { get; } = scope;
        public DbSet<WardRecord> Records => Set<WardRecord>();
        protected override void OnModelCreating(ModelBuilder model)
        {
            model.Entity<WardRecord>().ToTable("ward_records");
            model.ApplyTenantFilters(this);
        }
    }
}
