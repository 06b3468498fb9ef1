using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;
using WardPlatform.Reports.Calendar;
using WardPlatform.Reports.Categories;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Following;
using WardPlatform.Reports.Open311;
using WardPlatform.Reports.Places;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Data;

/// <summary>
/// The reports service's own database. Requests of citizens (no token) use a context scoped to the ward they file
/// into (<see cref="PublicDb"/>), so the tenant filter and write guard hold for them too.
/// </summary>
public sealed class ReportsDbContext(DbContextOptions<ReportsDbContext> options, TenantScope scope) : DbContext(options), ITenantScopedContext
{
    public TenantScope Scope { get; } = scope;

    public DbSet<ReportingWard> Wards => Set<ReportingWard>();
    public DbSet<ReportingNeighbourhood> Neighbourhoods => Set<ReportingNeighbourhood>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<ProvinceCategory> ProvinceCategories => Set<ProvinceCategory>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ReportPhoto> Photos => Set<ReportPhoto>();
    public DbSet<ReportHistoryEntry> History => Set<ReportHistoryEntry>();
    public DbSet<TrackingCode> TrackingCodes => Set<TrackingCode>();
    public DbSet<Open311Key> Open311Keys => Set<Open311Key>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<ReportingWard>(ward =>
        {
            ward.ToTable("reporting_wards");
            ward.HasKey(w => w.TenantCode);
            ward.Property(w => w.TenantCode).HasMaxLength(20);
            ward.Property(w => w.ProvinceCode).HasMaxLength(20);
            ward.Property(w => w.Name).HasMaxLength(200);
            ward.Property(w => w.SearchName).HasMaxLength(200);
            ward.HasIndex(w => w.ProvinceCode);
        });
        model.Entity<ReportingNeighbourhood>(n =>
        {
            n.ToTable("reporting_neighbourhoods");
            n.HasKey(x => x.Id);
            n.Property(x => x.Id).ValueGeneratedNever();
            n.Property(x => x.TenantCode).HasMaxLength(20);
            n.Property(x => x.ProvinceCode).HasMaxLength(20);
            n.Property(x => x.Name).HasMaxLength(200);
            n.HasIndex(x => x.TenantCode);
        });
        model.Entity<Category>(category =>
        {
            category.HasKey(c => new { c.TenantCode, c.Code });
            category.Property(c => c.TenantCode).HasMaxLength(20);
            category.Property(c => c.ProvinceCode).HasMaxLength(20);
            category.Property(c => c.Code).HasMaxLength(50);
            category.Property(c => c.Name).HasMaxLength(200);
            category.Property(c => c.Unit).HasMaxLength(200);
            category.HasIndex(c => new { c.ProvinceCode, c.Code });
        });
        model.Entity<ProvinceCategory>(category =>
        {
            category.ToTable("province_categories");
            category.HasKey(c => new { c.TenantCode, c.Code });
            category.Property(c => c.TenantCode).HasMaxLength(20);
            category.Property(c => c.ProvinceCode).HasMaxLength(20);
            category.Property(c => c.Code).HasMaxLength(CategoryChecks.MaxCode);
            category.Property(c => c.Name).HasMaxLength(200);
            category.Property(c => c.Unit).HasMaxLength(200);
        });
        model.Entity<Holiday>(holiday =>
        {
            holiday.HasKey(h => new { h.Date, h.ProvinceCode });
            holiday.Property(h => h.ProvinceCode).HasMaxLength(20);
            holiday.Property(h => h.Name).HasMaxLength(200);
        });
        model.Entity<Place>(place =>
        {
            place.HasKey(p => p.Id);
            place.Property(p => p.Id).ValueGeneratedNever();
            place.Property(p => p.TenantCode).HasMaxLength(20);
            place.Property(p => p.ProvinceCode).HasMaxLength(20);
            place.Property(p => p.Address).HasMaxLength(400);
            place.Property(p => p.AddressKey).HasMaxLength(400);
            place.HasIndex(p => new { p.TenantCode, p.AddressKey });
            place.HasIndex(p => new { p.TenantCode, p.Latitude, p.Longitude });
        });
        model.Entity<Report>(report =>
        {
            report.HasKey(r => r.Id);
            report.Property(r => r.Id).ValueGeneratedNever();
            report.Property(r => r.Number).UseIdentityAlwaysColumn();
            report.Property(r => r.TenantCode).HasMaxLength(20);
            report.Property(r => r.ProvinceCode).HasMaxLength(20);
            report.Property(r => r.CategoryCode).HasMaxLength(50);
            report.Property(r => r.CategoryName).HasMaxLength(200);
            report.Property(r => r.NeighbourhoodName).HasMaxLength(200);
            report.Property(r => r.Street).HasMaxLength(200);
            report.Property(r => r.HouseNumber).HasMaxLength(50);
            report.Property(r => r.StreetKey).HasMaxLength(200);
            report.Property(r => r.Description).HasMaxLength(Filing.ReportRules.MaxDescription);
            report.Property(r => r.ReporterName).HasMaxLength(200);
            report.Property(r => r.ReporterPhone).HasMaxLength(20);
            report.Property(r => r.Channel).HasMaxLength(100);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.Unit).HasMaxLength(200);
            report.Property(r => r.ExtensionReason).HasMaxLength(1000);
            report.Property(r => r.ResolutionNote).HasMaxLength(2000);
            report.Property(r => r.RejectReason).HasMaxLength(1000);
            report.Ignore(r => r.Reference);
            report.HasIndex(r => new { r.TenantCode, r.Status, r.ReceivedAt });
            report.HasIndex(r => new { r.TenantCode, r.ReceivedAt });
            report.HasIndex(r => new { r.TenantCode, r.CategoryCode, r.Status });
            report.HasIndex(r => r.PlaceId);
            // The queue's "quá hạn" filter: open reports by due date, without reading the closed ones.
            report.HasIndex(r => new { r.TenantCode, r.DueOn }).HasFilter("status IN ('Received', 'Assigned', 'InProgress')");
            report.HasIndex(r => new { r.TenantCode, r.CategoryCode, r.StreetKey });
        });
        model.Entity<ReportPhoto>(photo =>
        {
            photo.HasKey(p => p.Id);
            photo.Property(p => p.Id).ValueGeneratedNever();
            photo.Property(p => p.TenantCode).HasMaxLength(20);
            photo.Property(p => p.ProvinceCode).HasMaxLength(20);
            photo.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
            photo.Property(p => p.ContentType).HasMaxLength(50);
            photo.HasIndex(p => p.ReportId);
        });
        model.Entity<ReportHistoryEntry>(entry =>
        {
            entry.ToTable("report_history");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.TenantCode).HasMaxLength(20);
            entry.Property(e => e.ProvinceCode).HasMaxLength(20);
            entry.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Action).HasMaxLength(30);
            entry.Property(e => e.ActorId).HasMaxLength(200);
            entry.Property(e => e.ActorName).HasMaxLength(200);
            entry.Property(e => e.Note).HasMaxLength(2000);
            entry.HasIndex(e => new { e.ReportId, e.At });
        });
        model.Entity<TrackingCode>(code =>
        {
            code.HasKey(c => c.Code);
            code.Property(c => c.Code).HasMaxLength(TrackingCode.Length);
            code.Property(c => c.TenantCode).HasMaxLength(20);
            code.Property(c => c.ProvinceCode).HasMaxLength(20);
            code.HasIndex(c => c.ReportId);
        });
        model.Entity<Open311Key>(key =>
        {
            key.ToTable("open311_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).ValueGeneratedNever();
            key.Property(k => k.TenantCode).HasMaxLength(20);
            key.Property(k => k.ProvinceCode).HasMaxLength(20);
            key.Property(k => k.Name).HasMaxLength(200);
            key.Property(k => k.KeyHash).HasMaxLength(64);
            key.Property(k => k.CreatedBy).HasMaxLength(200);
            key.HasIndex(k => k.KeyHash).IsUnique();
        });
        model.AddOutboxAndInbox();
        model.ApplyTenantFilters(this);
    }
}
