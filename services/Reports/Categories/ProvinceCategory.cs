using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Categories;

/// <summary>
/// A province's own category (a province-level record: <see cref="TenantCode"/> is the province's code). The province's
/// list starts from <see cref="DefaultCategories"/> the first time it is edited; its wards inherit it (see <see cref="ProvinceCategories"/>).
/// </summary>
public sealed class ProvinceCategory : ITenantOwned
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
