using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;

namespace WardPlatform.Plans.Data;

public sealed class PlansDbContext(DbContextOptions<PlansDbContext> options) : DbContext(options)
{
    public DbSet<Plan> Plans => Set<Plan>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Plan>(plan =>
        {
            plan.Property(p => p.TenantCode).HasMaxLength(20);
            plan.Property(p => p.Number).HasMaxLength(50);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            plan.HasIndex(p => new { p.TenantCode, p.Number }).IsUnique();
        });
        model.AddOutboxAndInbox();
    }
}
