using Microsoft.EntityFrameworkCore;

namespace WardPlatform.Directory.Organisation;

public static class OrganisationModel
{
    public static ModelBuilder ConfigureOrganisation(this ModelBuilder model)
    {
        model.Entity<Province>(province =>
        {
            province.HasKey(p => p.Code);
            province.Property(p => p.Code).HasMaxLength(20);
            province.Property(p => p.Name).HasMaxLength(200);
            province.Property(p => p.TenantCode).HasMaxLength(20);
            province.Property(p => p.ProvinceCode).HasMaxLength(20);
        });
        model.Entity<Ward>(ward =>
        {
            ward.HasKey(w => w.Code);
            ward.Property(w => w.Code).HasMaxLength(20);
            ward.Property(w => w.Name).HasMaxLength(200);
            ward.Property(w => w.Kind).HasConversion<string>().HasMaxLength(20);
            ward.Property(w => w.FormerDistrict).HasMaxLength(200);
            ward.Property(w => w.SearchName).HasMaxLength(200);
            ward.Property(w => w.TenantCode).HasMaxLength(20);
            ward.Property(w => w.ProvinceCode).HasMaxLength(20);
            ward.HasIndex(w => w.ProvinceCode);
        });
        model.Entity<Neighbourhood>(neighbourhood =>
        {
            neighbourhood.Property(n => n.TenantCode).HasMaxLength(20);
            neighbourhood.Property(n => n.ProvinceCode).HasMaxLength(20);
            neighbourhood.Property(n => n.Name).HasMaxLength(200);
            neighbourhood.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
            neighbourhood.HasIndex(n => n.TenantCode);
        });
        model.Entity<Unit>(unit =>
        {
            unit.Property(u => u.TenantCode).HasMaxLength(20);
            unit.Property(u => u.ProvinceCode).HasMaxLength(20);
            unit.Property(u => u.Name).HasMaxLength(200);
            unit.Property(u => u.ShortName).HasMaxLength(50);
            unit.Property(u => u.SearchName).HasMaxLength(251);
            unit.Property(u => u.Kind).HasConversion<string>().HasMaxLength(30);
            unit.HasIndex(u => u.TenantCode);
        });
        model.Entity<Cluster>(cluster =>
        {
            cluster.Property(c => c.TenantCode).HasMaxLength(20);
            cluster.Property(c => c.ProvinceCode).HasMaxLength(20);
            cluster.Property(c => c.Name).HasMaxLength(200);
            cluster.Property(c => c.MemberKind).HasConversion<string>().HasMaxLength(10);
            cluster.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Cascade);
            cluster.HasIndex(c => c.TenantCode);
        });
        model.Entity<ClusterMember>(member =>
        {
            member.Property(m => m.TenantCode).HasMaxLength(20);
            member.Property(m => m.ProvinceCode).HasMaxLength(20);
            member.Property(m => m.WardCode).HasMaxLength(20);
        });
        return model;
    }
}
