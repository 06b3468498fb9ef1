using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Categories;

/// <summary>
/// A kind of report a ward takes, the unit it is routed to and its deadline in working days. A ward opens to reports
/// with its province's list (<see cref="ProvinceCategory"/>, or <see cref="DefaultCategories"/> while the province has
/// none) and follows the province's changes to every category it has not edited itself (<see cref="WardOverride"/>).
/// </summary>
public sealed class Category : ITenantOwned
{
    public const int MaxDeadlineDays = 60;

    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    public int DeadlineDays { get; set; }
    public bool Active { get; set; } = true;
    public int Ordinal { get; init; }
    /// <summary>The ward edited this category (PUT /setup/categories/{code}): the province's changes no longer reach it.</summary>
    public bool WardOverride { get; set; }
}

public sealed record CategoryDefault(string Code, string Name, string Unit, int DeadlineDays);

public static class DefaultCategories
{
    public const string Police = "Công an phường";
    public const string Urban = "Phòng Kinh tế - Hạ tầng - Đô thị";
    public const string Office = "Văn phòng HĐND và UBND";

    public static readonly IReadOnlyList<CategoryDefault> All =
    [
        new("lan-chiem", "Lấn chiếm lòng đường, vỉa hè", Urban, 5),
        new("quang-cao", "Quảng cáo, rao vặt trái phép", Urban, 5),
        new("ve-sinh", "Vệ sinh môi trường, rác thải", Urban, 3),
        new("xay-dung", "Xây dựng trái phép", Urban, 10),
        new("dat-dai", "Sử dụng đất sai mục đích", Urban, 15),
        new("an-ninh", "Điểm nóng an ninh trật tự", Police, 3),
        new("ma-tuy", "Ma túy", Police, 3),
        new("pccc-nha-tro", "Phòng cháy chữa cháy nhà trọ", Police, 5),
        new("khac", "Khác", Office, 10),
    ];
}
