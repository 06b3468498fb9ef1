using WardPlatform.Directory.Organisation;

namespace WardPlatform.Directory.Demo;

/// <summary>The organisation a ward typically has after the 2025 reform, named as its documents name it.</summary>
public static class DemoOrganisation
{
    public static string ShortName(Ward ward) =>
        ward.Name.StartsWith("Phường ", StringComparison.Ordinal) ? ward.Name["Phường ".Length..] : ward.Name["Xã ".Length..];

    public static List<Unit> UnitsOf(Ward ward)
    {
        var place = ShortName(ward);
        var level = ward.Kind == WardKind.Phuong ? "phường" : "xã";
        var units = new List<Unit>
        {
            New(ward, "Văn phòng HĐND và UBND", "VP HĐND-UBND", UnitKind.Department),
            New(ward, "Phòng Văn hóa - Xã hội", "Phòng VH-XH", UnitKind.Department),
            ward.Kind == WardKind.Phuong
                ? New(ward, "Phòng Kinh tế - Hạ tầng và Đô thị", "Phòng KT-HT-ĐT", UnitKind.Department)
                : New(ward, "Phòng Kinh tế", "Phòng KT", UnitKind.Department),
            New(ward, "Trung tâm Phục vụ hành chính công", "TTPVHCC", UnitKind.PublicServiceCentre),
            New(ward, $"Công an {level} {place}", $"CA {level}", UnitKind.Police),
            New(ward, $"Ban Chỉ huy quân sự {level} {place}", "Ban CHQS", UnitKind.MilitaryCommand),
            New(ward, $"Ủy ban MTTQ Việt Nam {level} {place}", "UBMTTQ", UnitKind.MassOrganisation),
            New(ward, $"Đoàn Thanh niên Cộng sản Hồ Chí Minh {level} {place}", "Đoàn TN", UnitKind.MassOrganisation),
            New(ward, $"Hội Liên hiệp Phụ nữ {level} {place}", "Hội LHPN", UnitKind.MassOrganisation),
            New(ward, $"Hội Cựu chiến binh {level} {place}", "Hội CCB", UnitKind.MassOrganisation),
            New(ward, $"Trường Mầm non {place}", null, UnitKind.School),
            New(ward, $"Trường Tiểu học {place}", null, UnitKind.School),
            New(ward, $"Trường THCS {place}", null, UnitKind.School),
        };
        if (ward.Kind == WardKind.Xa) units.Add(New(ward, $"Hội Nông dân xã {place}", "Hội ND", UnitKind.MassOrganisation));
        return units;
    }

    /// <summary>Phường have khu phố, xã have ấp.</summary>
    public static List<Neighbourhood> NeighbourhoodsOf(Ward ward, int count) =>
        Enumerable.Range(1, count).Select(n => new Neighbourhood
        {
            TenantCode = ward.Code, ProvinceCode = ward.ProvinceCode,
            Name = ward.Kind == WardKind.Phuong ? $"Khu phố {n}" : $"Ấp {n}",
            Kind = ward.Kind == WardKind.Phuong ? NeighbourhoodKind.KhuPho : NeighbourhoodKind.Ap,
        }).ToList();

    /// <summary>The province's two emulation blocks: its phường, and its xã.</summary>
    public static List<Cluster> ClustersOf(string provinceCode, IEnumerable<Ward> wards)
    {
        var phuong = new Cluster { TenantCode = provinceCode, ProvinceCode = provinceCode, Name = "Khối thi đua các phường", MemberKind = ClusterMemberKind.Wards };
        var xa = new Cluster { TenantCode = provinceCode, ProvinceCode = provinceCode, Name = "Khối thi đua các xã", MemberKind = ClusterMemberKind.Wards };
        foreach (var ward in wards) (ward.Kind == WardKind.Phuong ? phuong : xa).Add(wardCode: ward.Code);
        return [phuong, xa];
    }

    private static Unit New(Ward ward, string name, string? shortName, UnitKind kind) =>
        new() { TenantCode = ward.Code, ProvinceCode = ward.ProvinceCode, Name = name, ShortName = shortName, Kind = kind };
}
