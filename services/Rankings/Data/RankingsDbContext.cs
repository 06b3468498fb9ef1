using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WardPlatform.Messaging;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Facts;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Data;

/// <summary>The rankings service's own database: its read model of other services' facts, definitions and published rankings.</summary>
public sealed class RankingsDbContext(DbContextOptions<RankingsDbContext> options, TenantScope scope) : DbContext(options), ITenantScopedContext
{
    public TenantScope Scope { get; } = scope;

    public DbSet<KnownPlan> Plans => Set<KnownPlan>();
    public DbSet<KnownTarget> Targets => Set<KnownTarget>();
    public DbSet<WardFact> Facts => Set<WardFact>();
    public DbSet<TargetLink> Links => Set<TargetLink>();
    public DbSet<EnteredValue> EnteredValues => Set<EnteredValue>();
    public DbSet<Adjustment> Adjustments => Set<Adjustment>();
    public DbSet<RankingDefinition> Definitions => Set<RankingDefinition>();
    public DbSet<PublishedRanking> Published => Set<PublishedRanking>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<KnownPlan>(plan =>
        {
            plan.HasKey(p => p.PlanId);
            plan.Property(p => p.TenantCode).HasMaxLength(20);
            plan.Property(p => p.ProvinceCode).HasMaxLength(20);
            plan.Property(p => p.Number).HasMaxLength(50);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.Ignore(p => p.IsProvincePlan);
            plan.HasIndex(p => new { p.ProvinceCode, p.TenantCode });
        });
        model.Entity<KnownTarget>(target =>
        {
            target.HasKey(t => t.TargetId);
            target.Property(t => t.TargetId).ValueGeneratedNever();
            target.Property(t => t.TenantCode).HasMaxLength(20);
            target.Property(t => t.ProvinceCode).HasMaxLength(20);
            target.Property(t => t.Text).HasMaxLength(1000);
            target.Property(t => t.Kind).HasMaxLength(20);
            target.Property(t => t.Unit).HasMaxLength(200);
            target.Property(t => t.Status).HasMaxLength(20);
            target.Property(t => t.Threshold).HasPrecision(18, 4);
            target.Property(t => t.LatestValue).HasPrecision(18, 4);
            target.HasIndex(t => new { t.ProvinceCode, t.TenantCode });
            target.HasIndex(t => t.PlanId);
        });
        model.Entity<WardFact>(fact =>
        {
            fact.HasKey(f => f.Id);
            fact.Property(f => f.TenantCode).HasMaxLength(20);
            fact.Property(f => f.ProvinceCode).HasMaxLength(20);
            fact.Property(f => f.Kind).HasMaxLength(50);
            fact.Property(f => f.Record).HasMaxLength(200);
            fact.Property(f => f.Value).HasPrecision(18, 4);
            fact.HasIndex(f => new { f.Kind, f.Record }).IsUnique();
            fact.HasIndex(f => new { f.ProvinceCode, f.On });
        });
        model.Entity<TargetLink>(link =>
        {
            link.HasKey(l => l.WardTargetId);
            link.Property(l => l.TenantCode).HasMaxLength(20);
            link.Property(l => l.ProvinceCode).HasMaxLength(20);
            link.Property(l => l.LinkedBy).HasMaxLength(200);
            link.HasIndex(l => l.ProvinceTargetId);
        });
        model.Entity<EnteredValue>(value =>
        {
            value.HasKey(v => v.Id);
            value.Property(v => v.TenantCode).HasMaxLength(20);
            value.Property(v => v.ProvinceCode).HasMaxLength(20);
            value.Property(v => v.Key).HasMaxLength(50);
            // A ward's code, or a neighbourhood's id (36 characters) for a ward's neighbourhood ranking.
            value.Property(v => v.WardCode).HasMaxLength(50);
            value.Property(v => v.Record).HasMaxLength(500);
            value.Property(v => v.Value).HasPrecision(18, 4);
            value.HasIndex(v => new { v.ProvinceCode, v.Key, v.WardCode, v.Year }).IsUnique();
        });
        model.Entity<Adjustment>(adjustment =>
        {
            adjustment.HasKey(a => a.Id);
            adjustment.Property(a => a.TenantCode).HasMaxLength(20);
            adjustment.Property(a => a.ProvinceCode).HasMaxLength(20);
            adjustment.Property(a => a.WardCode).HasMaxLength(50);
            adjustment.Property(a => a.Reason).HasMaxLength(1000);
            adjustment.Property(a => a.Record).HasMaxLength(500);
            adjustment.Property(a => a.Points).HasPrecision(18, 4);
            adjustment.HasIndex(a => a.SeriesId);
        });
        model.Entity<RankingDefinition>(definition =>
        {
            definition.HasKey(d => d.Id);
            definition.Property(d => d.TenantCode).HasMaxLength(20);
            definition.Property(d => d.ProvinceCode).HasMaxLength(20);
            definition.Property(d => d.Name).HasMaxLength(500);
            definition.Property(d => d.Cluster).HasMaxLength(200);
            definition.Property(d => d.Level).HasMaxLength(20).HasDefaultValue(RankingLevels.Wards);
            definition.Property(d => d.CreatedBy).HasMaxLength(200);
            definition.Property(d => d.Method).HasColumnType("jsonb").HasConversion(Json<MethodSpec>(), new ValueComparer<MethodSpec>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(), v => v));
            definition.HasIndex(d => new { d.SeriesId, d.Version }).IsUnique();
        });
        model.Entity<PublishedRanking>(published =>
        {
            published.HasKey(p => p.Id);
            published.Property(p => p.TenantCode).HasMaxLength(20);
            published.Property(p => p.ProvinceCode).HasMaxLength(20);
            published.Property(p => p.Name).HasMaxLength(500);
            published.Property(p => p.Cluster).HasMaxLength(200);
            published.Property(p => p.InputsHash).HasMaxLength(64);
            published.Property(p => p.PublishedBy).HasMaxLength(200);
            published.HasIndex(p => p.DefinitionId).IsUnique();
            published.HasIndex(p => new { p.ProvinceCode, p.PeriodEnd });
        });
        model.AddOutboxAndInbox();
        model.ApplyTenantFilters(this);
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static ValueConverter<T, string> Json<T>() =>
        new(v => JsonSerializer.Serialize(v, Options), s => JsonSerializer.Deserialize<T>(s, Options)!);
}
