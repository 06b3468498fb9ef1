using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Data;

/// <summary>The plans service's database; every query sees only the caller's tenants (see <see cref="TenantModel"/>).</summary>
public sealed class PlansDbContext(DbContextOptions<PlansDbContext> options, TenantScope scope) : DbContext(options), ITenantScopedContext
{
    public TenantScope Scope { get; } = scope;

    public DbSet<Plan> Plans => Set<Plan>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Plan>(plan =>
        {
            plan.Property(p => p.TenantCode).HasMaxLength(20);
            plan.Property(p => p.ProvinceCode).HasMaxLength(20);
            plan.Property(p => p.Number).HasMaxLength(50);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            plan.HasIndex(p => new { p.TenantCode, p.Number }).IsUnique();
        });
        model.AddOutboxAndInbox();
        model.ApplyTenantFilters(this);
    }
}
