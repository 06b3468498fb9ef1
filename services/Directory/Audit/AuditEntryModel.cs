using Microsoft.EntityFrameworkCore;
using WardPlatform.Audit;

namespace WardPlatform.Directory.Audit;

public static class AuditEntryModel
{
    public const string Table = "audit_entries";

    public static ModelBuilder AddAuditEntries(this ModelBuilder model) => model.Entity<AuditEntry>(entry =>
    {
        entry.ToTable(Table);
        entry.HasKey(e => e.AuditId);
        entry.Property(e => e.AuditId).ValueGeneratedNever();
        entry.Property(e => e.Service).HasMaxLength(AuditLimits.Service);
        entry.Property(e => e.TenantCode).HasMaxLength(AuditLimits.Code);
        entry.Property(e => e.ProvinceCode).HasMaxLength(AuditLimits.Code);
        entry.Property(e => e.ActorId).HasMaxLength(AuditLimits.ActorId);
        entry.Property(e => e.ActorName).HasMaxLength(AuditLimits.ActorName);
        entry.Property(e => e.ActorRole).HasMaxLength(AuditLimits.ActorRole);
        entry.Property(e => e.Action).HasMaxLength(AuditLimits.Action);
        entry.Property(e => e.Subject).HasMaxLength(AuditLimits.Subject);
        entry.Property(e => e.SubjectId).HasMaxLength(AuditLimits.SubjectId);
        entry.Property(e => e.Outcome).HasMaxLength(AuditLimits.Outcome);
        entry.Property(e => e.Detail).HasMaxLength(AuditLimits.Detail);
        // Newest first, per ward (ward administrators) and per province (province staff).
        entry.HasIndex(e => new { e.TenantCode, e.At });
        entry.HasIndex(e => new { e.ProvinceCode, e.At });
        entry.HasIndex(e => e.At);
    });
}
