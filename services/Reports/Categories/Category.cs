using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Categories;

/// <summary>
/// A kind of report a ward takes, the unit it is routed to and its deadline in working days. Every ward starts from
/// <see cref="DefaultCategories"/> when it opens to reports and edits its own (PUT /categories/{code}).
/// </summary>
public sealed class Category : ITenantOwned
{
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    public int DeadlineDays { get; set; }
    public bool Active { get; set; } = true;
    public int Ordinal { get; init; }
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
