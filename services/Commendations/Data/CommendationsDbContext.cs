using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WardPlatform.Commendations.Decisions;
using WardPlatform.Commendations.Eligibility;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Posting;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Commendations.Rules;
using WardPlatform.Commendations.Targets;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Data;

public sealed class CommendationsDbContext(DbContextOptions<CommendationsDbContext> options, TenantScope scope)
    : DbContext(options), ITenantScopedContext
{
    public TenantScope Scope { get; } = scope;

    public DbSet<AwardRule> AwardRules => Set<AwardRule>();
    public DbSet<BaseSalary> BaseSalaries => Set<BaseSalary>();
    public DbSet<PlanQuotas> Plans => Set<PlanQuotas>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<DossierFile> DossierFiles => Set<DossierFile>();
    public DbSet<ConductRecord> ConductRecords => Set<ConductRecord>();
    public DbSet<Objection> Objections => Set<Objection>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<NumberCounter> Counters => Set<NumberCounter>();
    public DbSet<UnitTarget> UnitTargets => Set<UnitTarget>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<AwardRule>(rule =>
        {
            rule.HasKey(r => r.Id);
            rule.Property(r => r.ProvinceCode).HasMaxLength(20);
            rule.Property(r => r.Form).HasMaxLength(50);
            rule.Property(r => r.RecipientKind).HasMaxLength(20);
            rule.Property(r => r.Name).HasMaxLength(200);
            rule.Property(r => r.Criteria).HasMaxLength(2000);
            rule.Property(r => r.LegalSource).HasMaxLength(500);
            rule.Property(r => r.VoteShare).HasPrecision(5, 4);
            rule.Property(r => r.Coefficient).HasPrecision(6, 3);
            rule.Property(r => r.MinTargetShare).HasPrecision(5, 4);
            rule.Property(r => r.RequiredParts).HasColumnType("jsonb").HasConversion(Json<string>(), ListComparer<string>());
            rule.HasIndex(r => new { r.ProvinceCode, r.Form, r.RecipientKind, r.EffectiveFrom }).IsUnique();
            rule.HasData(DefaultRules.Rules);
        });
        model.Entity<BaseSalary>(salary =>
        {
            salary.HasKey(s => s.Id);
            salary.Property(s => s.ProvinceCode).HasMaxLength(20);
            salary.Property(s => s.Amount).HasPrecision(14, 0);
            salary.Property(s => s.LegalSource).HasMaxLength(500);
            salary.HasIndex(s => new { s.ProvinceCode, s.EffectiveFrom }).IsUnique();
            salary.HasData(DefaultRules.Salaries);
        });
        model.Entity<PlanQuotas>(plan =>
        {
            plan.ToTable("plans");
            plan.HasKey(p => p.PlanId);
            plan.Property(p => p.TenantCode).HasMaxLength(20);
            plan.Property(p => p.ProvinceCode).HasMaxLength(20);
            plan.Property(p => p.Number).HasMaxLength(50);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.Property(p => p.Quotas).HasColumnType("jsonb").HasConversion(Json<PlanQuota>(), ListComparer<PlanQuota>());
            plan.HasIndex(p => p.TenantCode);
        });
        model.Entity<Round>(round =>
        {
            round.HasKey(r => r.Id);
            round.Property(r => r.TenantCode).HasMaxLength(20);
            round.Property(r => r.ProvinceCode).HasMaxLength(20);
            round.Property(r => r.PlanNumber).HasMaxLength(50);
            round.Property(r => r.Title).HasMaxLength(500);
            round.Property(r => r.Occasion).HasMaxLength(20);
            round.Property(r => r.Quotas).HasColumnType("jsonb").HasConversion(Json<RoundQuota>(), ListComparer<RoundQuota>());
            round.HasIndex(r => r.TenantCode);
            round.HasIndex(r => r.PostedUntil);
        });
        model.Entity<Nomination>(nomination =>
        {
            nomination.HasKey(n => n.Id);
            nomination.Property(n => n.TenantCode).HasMaxLength(20);
            nomination.Property(n => n.ProvinceCode).HasMaxLength(20);
            nomination.Property(n => n.Form).HasMaxLength(50);
            nomination.Property(n => n.RecipientKind).HasMaxLength(20);
            nomination.Property(n => n.RecipientId).HasMaxLength(100);
            nomination.Property(n => n.RecipientName).HasMaxLength(300);
            nomination.Property(n => n.RecipientUnit).HasMaxLength(300);
            nomination.Property(n => n.NominatingUnit).HasMaxLength(300);
            nomination.Property(n => n.Achievement).HasMaxLength(2000);
            nomination.Property(n => n.ReportText).HasMaxLength(20000);
            nomination.Property(n => n.AppraisalReasons).HasMaxLength(4000);
            nomination.Property(n => n.AppraisedBy).HasMaxLength(200);
            nomination.Property(n => n.SubmittedBy).HasMaxLength(200);
            nomination.Property(n => n.SearchText).HasMaxLength(700);
            nomination.Property(n => n.UpwardResult).HasMaxLength(20);
            nomination.Property(n => n.UpwardNote).HasMaxLength(2000);
            nomination.Property(n => n.State).HasConversion<string>().HasMaxLength(20);
            nomination.Property(n => n.EvidenceLinks).HasColumnType("jsonb").HasConversion(Json<string>(), ListComparer<string>());
            nomination.Property(n => n.Recused).HasColumnType("jsonb").HasConversion(Json<string>(), ListComparer<string>());
            nomination.HasMany(n => n.Files).WithOne().HasForeignKey(f => f.NominationId);
            nomination.HasIndex(n => new { n.RoundId, n.State });
            nomination.HasIndex(n => new { n.TenantCode, n.State, n.AppraisalDue });
        });
        model.Entity<DossierFile>(file =>
        {
            file.HasKey(f => f.Id);
            file.Property(f => f.TenantCode).HasMaxLength(20);
            file.Property(f => f.ProvinceCode).HasMaxLength(20);
            file.Property(f => f.Part).HasMaxLength(20);
            file.Property(f => f.FileName).HasMaxLength(255);
            file.Property(f => f.ContentType).HasMaxLength(100);
        });
        model.Entity<ConductRecord>(record =>
        {
            record.HasKey(r => r.Id);
            record.Property(r => r.TenantCode).HasMaxLength(20);
            record.Property(r => r.ProvinceCode).HasMaxLength(20);
            record.Property(r => r.SubjectName).HasMaxLength(300);
            record.Property(r => r.SubjectId).HasMaxLength(100);
            record.Property(r => r.SubjectFolded).HasMaxLength(300);
            record.Property(r => r.Kind).HasMaxLength(20);
            record.Property(r => r.Detail).HasMaxLength(1000);
            record.HasIndex(r => new { r.TenantCode, r.SubjectFolded });
        });
        model.Entity<Objection>(objection =>
        {
            objection.HasKey(o => o.Id);
            objection.Property(o => o.SenderName).HasMaxLength(200);
            objection.Property(o => o.SenderContact).HasMaxLength(200);
            objection.Property(o => o.Text).HasMaxLength(4000);
            objection.Property(o => o.Answer).HasMaxLength(4000);
            objection.Property(o => o.AnsweredBy).HasMaxLength(200);
            objection.HasIndex(o => o.RoundId);
        });
        model.Entity<Decision>(decision =>
        {
            decision.HasKey(d => d.Id);
            decision.Property(d => d.TenantCode).HasMaxLength(20);
            decision.Property(d => d.ProvinceCode).HasMaxLength(20);
            decision.Property(d => d.Number).HasMaxLength(50);
            decision.Property(d => d.Subject).HasMaxLength(1000);
            decision.Property(d => d.SignerName).HasMaxLength(200);
            decision.Property(d => d.SignerTitle).HasMaxLength(100);
            decision.Property(d => d.BaseSalary).HasPrecision(14, 0);
            decision.Property(d => d.PrizeToRecover).HasPrecision(16, 0);
            decision.Property(d => d.RevokedReason).HasMaxLength(2000);
            // The last guard against a duplicate number, whatever the code above it does.
            decision.HasIndex(d => new { d.TenantCode, d.Year, d.Sequence }).IsUnique();
            decision.HasIndex(d => d.RoundId).IsUnique();
            decision.HasMany(d => d.Awards).WithOne().HasForeignKey(a => a.DecisionId);
        });
        model.Entity<Award>(award =>
        {
            award.HasKey(a => a.Id);
            award.Property(a => a.TenantCode).HasMaxLength(20);
            award.Property(a => a.ProvinceCode).HasMaxLength(20);
            award.Property(a => a.Form).HasMaxLength(50);
            award.Property(a => a.FormName).HasMaxLength(200);
            award.Property(a => a.RecipientKind).HasMaxLength(20);
            award.Property(a => a.RecipientId).HasMaxLength(100);
            award.Property(a => a.RecipientName).HasMaxLength(300);
            award.Property(a => a.RecipientUnit).HasMaxLength(300);
            award.Property(a => a.Achievement).HasMaxLength(2000);
            award.Property(a => a.RegisterNumber).HasMaxLength(20);
            award.Property(a => a.Coefficient).HasPrecision(6, 3);
            award.Property(a => a.PrizeAmount).HasPrecision(14, 0);
            award.HasIndex(a => new { a.TenantCode, a.Year });
        });
        model.Entity<NumberCounter>(counter =>
        {
            counter.ToTable("number_counters");
            counter.HasKey(c => new { c.TenantCode, c.Sequence, c.Year });
            counter.Property(c => c.TenantCode).HasMaxLength(20);
            counter.Property(c => c.Sequence).HasMaxLength(20);
        });
        model.Entity<UnitTarget>(target =>
        {
            target.HasKey(t => t.TargetId);
            target.Property(t => t.TenantCode).HasMaxLength(20);
            target.Property(t => t.ProvinceCode).HasMaxLength(20);
            target.Property(t => t.Text).HasMaxLength(2000);
            target.Property(t => t.OwnerUnit).HasMaxLength(300);
            target.Property(t => t.OwnerFolded).HasMaxLength(300);
            target.Property(t => t.Status).HasMaxLength(20);
            target.HasIndex(t => new { t.TenantCode, t.OwnerFolded });
        });
        model.AddOutboxAndInbox();
        model.ApplyTenantFilters(this);
    }

    private static ValueConverter<List<T>, string> Json<T>() =>
        new(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default), s => JsonSerializer.Deserialize<List<T>>(s, JsonSerializerOptions.Default) ?? new List<T>());

    private static ValueComparer<List<T>> ListComparer<T>() =>
        new((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), v => v.ToList());
}
