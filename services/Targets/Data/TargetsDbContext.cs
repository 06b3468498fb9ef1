using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;
using WardPlatform.Targets.IssuedPlans;
using WardPlatform.Targets.Progress;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Data;

public sealed class TargetsDbContext(DbContextOptions<TargetsDbContext> options, TenantScope scope) : DbContext(options), ITenantScopedContext
{
    public TenantScope Scope { get; } = scope;

    public DbSet<IssuedPlan> IssuedPlans => Set<IssuedPlan>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<ReportFacts.ReportFact> ReportFacts => Set<ReportFacts.ReportFact>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<IssuedPlan>(plan =>
        {
            plan.HasKey(p => p.PlanId);
            plan.Property(p => p.TenantCode).HasMaxLength(20);
            plan.Property(p => p.ProvinceCode).HasMaxLength(20);
            plan.Property(p => p.Number).HasMaxLength(50);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.Property(p => p.Themes).HasColumnType("jsonb").HasConversion(Json<IssuedTheme>(), ListComparer<IssuedTheme>());
            plan.HasIndex(p => p.TenantCode);
            plan.HasIndex(p => new { p.ProvinceCode, p.Number });
        });
        model.Entity<Target>(target =>
        {
            target.HasKey(t => t.Id);
            target.Property(t => t.Id).ValueGeneratedNever();
            target.Property(t => t.TenantCode).HasMaxLength(20);
            target.Property(t => t.ProvinceCode).HasMaxLength(20);
            target.Property(t => t.Text).HasMaxLength(1000);
            target.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            target.Property(t => t.Unit).HasMaxLength(50);
            target.Property(t => t.Value).HasPrecision(18, 4);
            target.Property(t => t.UpperValue).HasPrecision(18, 4);
            target.Property(t => t.BaselineValue).HasPrecision(18, 4);
            target.Property(t => t.LatestValue).HasPrecision(18, 4);
            target.Property(t => t.Stages).HasColumnType("jsonb").HasConversion(Json<TargetStage>(), ListComparer<TargetStage>());
            target.Property(t => t.Split).HasColumnType("jsonb").HasConversion(Json<TargetShare>(), ListComparer<TargetShare>());
            target.Property(t => t.ReportCategories).HasColumnType("text[]");
            target.Property(t => t.ThemeNumber).HasMaxLength(20);
            target.Property(t => t.OwnerUnit).HasMaxLength(200);
            target.Property(t => t.OwnerPerson).HasMaxLength(200);
            target.Property(t => t.Source).HasMaxLength(100);
            target.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            target.Property(t => t.StatusReason).HasMaxLength(1000);
            target.Ignore(t => t.FeedName);
            target.HasIndex(t => t.PlanId);
            target.HasIndex(t => new { t.TenantCode, t.OwnerUnit });
            target.HasIndex(t => t.Source);
        });
        model.Entity<ProgressReport>(report =>
        {
            report.HasKey(r => r.Id);
            report.Property(r => r.TenantCode).HasMaxLength(20);
            report.Property(r => r.ProvinceCode).HasMaxLength(20);
            report.Property(r => r.Value).HasPrecision(18, 4);
            report.Property(r => r.Unit).HasMaxLength(200);
            report.Property(r => r.Note).HasMaxLength(2000);
            report.Property(r => r.ReportedBy).HasMaxLength(200);
            report.Property(r => r.ReportedByName).HasMaxLength(200);
            report.Property(r => r.SupersededByName).HasMaxLength(200);
            report.Property(r => r.SupersedeReason).HasMaxLength(2000);
            report.Ignore(r => r.Counts);
            report.HasIndex(r => new { r.TargetId, r.ReportedOn });
            report.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReportId);
        });
        model.Entity<EvidenceFile>(file =>
        {
            file.HasKey(f => f.Id);
            file.Property(f => f.TenantCode).HasMaxLength(20);
            file.Property(f => f.ProvinceCode).HasMaxLength(20);
            file.Property(f => f.FileName).HasMaxLength(255);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.HasIndex(f => f.TargetId);
        });
        model.Entity<ReportFacts.ReportFact>(fact =>
        {
            fact.HasKey(f => f.ReportId);
            fact.Property(f => f.ReportId).ValueGeneratedNever();
            fact.Property(f => f.TenantCode).HasMaxLength(20);
            fact.Property(f => f.ProvinceCode).HasMaxLength(20);
            fact.Property(f => f.CategoryCode).HasMaxLength(50);
            fact.HasIndex(f => new { f.TenantCode, f.ResolvedOn });
            fact.HasIndex(f => new { f.ProvinceCode, f.ResolvedOn });
        });
        model.AddOutboxAndInbox();
        model.ApplyTenantFilters(this);
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<List<T>, string> Json<T>() =>
        new(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default), s => JsonSerializer.Deserialize<List<T>>(s, JsonSerializerOptions.Default) ?? new List<T>());

    private static ValueComparer<List<T>> ListComparer<T>() =>
        new((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), v => v.ToList());
}
