using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;
using WardPlatform.Targets.IssuedPlans;

namespace WardPlatform.Targets.Data;

public sealed class TargetsDbContext(DbContextOptions<TargetsDbContext> options, TenantScope scope) : DbContext(options), ITenantScopedContext
{
    public TenantScope Scope { get; } = scope;

    public DbSet<IssuedPlan> IssuedPlans => Set<IssuedPlan>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<IssuedPlan>(plan =>
        {
            plan.HasKey(p => p.PlanId);
            plan.Property(p => p.TenantCode).HasMaxLength(20);
            plan.Property(p => p.ProvinceCode).HasMaxLength(20);
            plan.Property(p => p.Number).HasMaxLength(50);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.HasIndex(p => p.TenantCode);
        });
        model.AddOutboxAndInbox();
        model.ApplyTenantFilters(this);
    }
}
