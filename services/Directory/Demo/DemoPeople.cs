using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Demo;

/// <summary>One demo account; <see cref="UnitName"/> names a unit of its ward, if any.</summary>
public sealed record DemoPerson(string UserName, string DisplayName, string Role, string TenantCode, string ProvinceCode, string? UnitName = null);

public static class DemoPeople
{
    private const string DongNai = DemoProvinces.DongNaiCode;

    public static readonly IReadOnlyList<DemoPerson> All =
    [
        new("tamphuoc.canbo", "Nguyễn Thị Thu Hà", WardRoles.WardOfficer, DemoProvinces.TamPhuoc, DongNai, "Phòng Văn hóa - Xã hội"),
        new("tamphuoc.thamdinh", "Trần Văn Minh", WardRoles.WardAppraiser, DemoProvinces.TamPhuoc, DongNai, "Phòng Văn hóa - Xã hội"),
        new("tamphuoc.chutich", "Lê Hoàng Nam", WardRoles.WardChairman, DemoProvinces.TamPhuoc, DongNai, "Văn phòng HĐND và UBND"),
        new("tamphuoc.quantri", "Phạm Thị Ngọc Lan", WardRoles.WardAdministrator, DemoProvinces.TamPhuoc, DongNai, "Văn phòng HĐND và UBND"),
        new("binhphuoc.canbo", "Võ Thị Mỹ Dung", WardRoles.WardOfficer, DemoProvinces.BinhPhuoc, DongNai, "Trung tâm Phục vụ hành chính công"),
        new("binhphuoc.quantri", "Huỳnh Văn Tài", WardRoles.WardAdministrator, DemoProvinces.BinhPhuoc, DongNai, "Văn phòng HĐND và UBND"),
        new("tanninh.canbo", "Đặng Thị Kim Ngân", WardRoles.WardOfficer, DemoProvinces.TanNinh, DemoProvinces.TayNinhCode, "Phòng Văn hóa - Xã hội"),
        new("dongnai.chuyenvien", "Bùi Quốc Khánh", WardRoles.ProvinceOfficial, DongNai, DongNai),
        new("dongnai.lanhdao", "Trương Văn Hải", WardRoles.ProvinceLeader, DongNai, DongNai),
        new("dongnai.quantri", "Ngô Thị Phương Thảo", WardRoles.ProvinceAdministrator, DongNai, DongNai),
        // The platform's administrator belongs to no ward or province.
        new("nentang.quantri", "Đỗ Minh Tuấn", WardRoles.PlatformAdministrator, "", ""),
    ];
}
