using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Audit;
using WardPlatform.Directory.Integrations;
using WardPlatform.Directory.Organisation;
using WardPlatform.Directory.People;
using WardPlatform.Directory.SignIn;
using WardPlatform.Directory.Tokens;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Data;

/// <summary>
/// The directory's database: organisation (provinces, wards, neighbourhoods, units, clusters), people,
/// personal tokens, machine-client registrations, the OpenID Connect server's keys and stores. Tenant-owned rows are filtered by the
/// caller's scope; sign-in works on a system-scoped context (<see cref="AsSystem"/>).
/// </summary>
public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options, TenantScope scope) : DbContext(options), ITenantScopedContext
{
    public TenantScope Scope { get; } = scope;

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Ward> Wards => Set<Ward>();
    public DbSet<Neighbourhood> Neighbourhoods => Set<Neighbourhood>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<ClusterMember> ClusterMembers => Set<ClusterMember>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<MachineClientRegistration> MachineClientRegistrations => Set<MachineClientRegistration>();

    /// <summary>A context that sees and may change every tenant: for sign-in, token issuance and seeding only. <paramref name="services"/> must be a scope's provider.</summary>
    public static DirectoryDbContext AsSystem(IServiceProvider services) =>
        new(services.GetRequiredService<DbContextOptions<DirectoryDbContext>>(), TenantScope.System);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Person>(person =>
        {
            person.Property(p => p.TenantCode).HasMaxLength(20);
            person.Property(p => p.ProvinceCode).HasMaxLength(20);
            person.Property(p => p.UserName).HasMaxLength(64);
            person.Property(p => p.DisplayName).HasMaxLength(200);
            person.Property(p => p.Role).HasMaxLength(40);
            person.Property(p => p.Email).HasMaxLength(254);
            person.Property(p => p.Phone).HasMaxLength(20);
            person.Property(p => p.PasswordHash).HasMaxLength(200);
            person.HasIndex(p => p.UserName).IsUnique();
            person.HasIndex(p => p.TenantCode);
        });
        model.Entity<PersonalAccessToken>(token =>
        {
            token.Property(t => t.TenantCode).HasMaxLength(20);
            token.Property(t => t.ProvinceCode).HasMaxLength(20);
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.SecretHash).HasMaxLength(64);
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.HasIndex(t => t.SecretHash).IsUnique();
            token.HasIndex(t => t.PersonId);
        });
        model.Entity<SigningKey>(key => key.Property(k => k.Use).HasMaxLength(3));
        model.UseOpenIddict();
        model.AddAuditEntries();
        model.AddMachineClientRegistrations();
        model.ConfigureOrganisation();
        model.AddOutboxAndInbox();
        model.ApplyTenantFilters(this);
    }
}
