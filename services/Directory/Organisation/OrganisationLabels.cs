using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Organisation;

/// <summary>How the organisation's kinds and the roles are shown to people, in Vietnamese.</summary>
public static class OrganisationLabels
{
    public static string Of(WardKind kind) => kind switch
    {
        WardKind.Phuong => "Phường",
        _ => "Xã",
    };

    public static string Of(NeighbourhoodKind kind) => kind switch
    {
        NeighbourhoodKind.KhuPho => "Khu phố",
        NeighbourhoodKind.ToDanPho => "Tổ dân phố",
        _ => "Ấp",
    };

    public static string Of(UnitKind kind) => kind switch
    {
        UnitKind.Department => "Phòng ban, văn phòng",
        UnitKind.PublicServiceCentre => "Trung tâm Phục vụ hành chính công",
        UnitKind.Police => "Công an",
        UnitKind.MilitaryCommand => "Ban Chỉ huy quân sự",
        UnitKind.School => "Trường học",
        UnitKind.Enterprise => "Doanh nghiệp",
        UnitKind.MassOrganisation => "Mặt trận, đoàn thể",
        _ => "Khác",
    };

    public static string Of(ClusterMemberKind kind) => kind switch
    {
        ClusterMemberKind.Wards => "Phường, xã",
        _ => "Đơn vị",
    };

    public static string Role(string? role) => role switch
    {
        WardRoles.WardOfficer => "Cán bộ, công chức phường/xã",
        WardRoles.WardAppraiser => "Cán bộ thẩm định (Phòng Văn hóa - Xã hội)",
        WardRoles.WardChairman => "Chủ tịch UBND phường/xã",
        WardRoles.WardAdministrator => "Quản trị phường/xã",
        WardRoles.ProvinceOfficial => "Chuyên viên cấp tỉnh",
        WardRoles.ProvinceLeader => "Lãnh đạo UBND tỉnh",
        WardRoles.ProvinceAdministrator => "Quản trị cấp tỉnh",
        WardRoles.PlatformAdministrator => "Quản trị nền tảng",
        _ => "Không xác định",
    };
}
