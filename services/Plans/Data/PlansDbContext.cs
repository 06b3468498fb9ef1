using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Data;

/// <summary>The plans service's database; every query sees only the caller's tenants (see <see cref="TenantModel"/>).</summary>
public sealed class PlansDbContext(DbContextOptions<PlansDbContext> options, TenantScope scope) : DbContext(options), ITenantScopedContext
{
    public TenantScope Scope { get; } = scope;

    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanAttachment> Attachments => Set<PlanAttachment>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Plan>(plan =>
        {
            plan.Property(p => p.TenantCode).HasMaxLength(20);
            plan.Property(p => p.ProvinceCode).HasMaxLength(20);
            plan.Property(p => p.Number).HasMaxLength(PlanLimits.Number);
            plan.Property(p => p.Title).HasMaxLength(PlanLimits.Title);
            plan.Property(p => p.SearchText).HasMaxLength(PlanLimits.Number + PlanLimits.Title + 1);
            plan.Property(p => p.Place).HasMaxLength(PlanLimits.Short);
            plan.Property(p => p.SignerTitle).HasMaxLength(PlanLimits.Short);
            plan.Property(p => p.SignerName).HasMaxLength(PlanLimits.Short);
            plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            plan.HasIndex(p => new { p.TenantCode, p.Number }).IsUnique();
            plan.HasIndex(p => new { p.ProvinceCode, p.CreatedAt });
            plan.Ignore(p => p.IsProvincePlan);
            plan.Ignore(p => p.AwaitingSignature);
            plan.Property(p => p.SubmittedBy).HasMaxLength(200);
            plan.Property(p => p.SubmittedByName).HasMaxLength(200);
            plan.Property(p => p.SubmissionNote).HasMaxLength(PlanLimits.Note);
            plan.Property(p => p.ReturnedByName).HasMaxLength(200);
            plan.Property(p => p.ReturnReason).HasMaxLength(PlanLimits.Note);

            plan.OwnsMany(p => p.LegalBases, basis =>
            {
                basis.ToTable("plan_legal_bases");
                basis.Property(b => b.Kind).HasMaxLength(PlanLimits.Short);
                basis.Property(b => b.Number).HasMaxLength(PlanLimits.Number);
                basis.HasIndex(b => b.Number);
                basis.HasIndex(b => b.ParentPlanId);
                basis.Ignore(b => b.CitesPlan);
            });
            plan.OwnsMany(p => p.Themes, theme =>
            {
                theme.ToTable("plan_themes");
                theme.Property(t => t.Number).HasMaxLength(PlanLimits.Code);
            });
            plan.OwnsMany(p => p.Phases, phase =>
            {
                phase.ToTable("plan_phases");
                phase.Property(p => p.ThemeNumber).HasMaxLength(PlanLimits.Code);
            });
            plan.OwnsMany(p => p.Assignments, assignment =>
            {
                assignment.ToTable("plan_assignments");
                assignment.Property(a => a.Unit).HasMaxLength(PlanLimits.Short);
            });
            plan.OwnsMany(p => p.Targets, target =>
            {
                target.ToTable("plan_targets");
                target.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
                target.Property(t => t.Unit).HasMaxLength(PlanLimits.Unit);
                target.Property(t => t.ThemeNumber).HasMaxLength(PlanLimits.Code);
                target.Property(t => t.OwnerUnit).HasMaxLength(PlanLimits.Short);
                target.Property(t => t.OwnerPerson).HasMaxLength(PlanLimits.Short);
                target.Property(t => t.Source).HasMaxLength(PlanLimits.Source);
                target.Property(t => t.Value).HasPrecision(18, 4);
                target.Property(t => t.UpperValue).HasPrecision(18, 4);
                target.HasIndex(t => t.TargetId);
                target.OwnsMany(t => t.Stages, stage =>
                {
                    stage.ToTable("plan_target_stages");
                    stage.Property(s => s.Value).HasPrecision(18, 4);
                });
                target.OwnsMany(t => t.Split, share =>
                {
                    share.ToTable("plan_target_shares");
                    share.Property(s => s.Unit).HasMaxLength(PlanLimits.Short);
                    share.Property(s => s.Value).HasPrecision(18, 4);
                });
            });
            plan.OwnsMany(p => p.AwardQuotas, quota =>
            {
                quota.ToTable("plan_award_quotas");
                quota.Property(q => q.AwardForm).HasMaxLength(PlanLimits.Code);
                quota.Property(q => q.RecipientKind).HasMaxLength(20);
                quota.Property(q => q.Occasion).HasMaxLength(20);
            });
            plan.OwnsMany(p => p.History, change =>
            {
                change.ToTable("plan_status_changes");
                change.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
                change.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
                change.Property(c => c.Action).HasMaxLength(20);
                change.Property(c => c.ChangedBy).HasMaxLength(200);
                change.Property(c => c.ChangedByName).HasMaxLength(200);
                change.Property(c => c.Note).HasMaxLength(PlanLimits.Note);
            });
        });
        model.Entity<PlanAttachment>(attachment =>
        {
            attachment.ToTable("plan_attachments");
            attachment.Property(a => a.TenantCode).HasMaxLength(20);
            attachment.Property(a => a.ProvinceCode).HasMaxLength(20);
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.UploadedBy).HasMaxLength(200);
            attachment.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        model.AddOutboxAndInbox();
        model.ApplyTenantFilters(this);
        // A ward's draft is its own work in progress: the province sees a ward's plan from its issue on (lists, reads, cascade).
        model.NarrowTenantFilter<PlansDbContext, Plan>(this,
            p => !Scope.SeesProvince || p.TenantCode == p.ProvinceCode || p.Status != PlanStatus.Draft);
    }
}
