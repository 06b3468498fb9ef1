using Microsoft.EntityFrameworkCore;
using WardPlatform.Reports.Data;

namespace WardPlatform.Reports.Categories;

/// <summary>
/// How wards inherit their province's categories: a ward opens with the province's list (the defaults while the
/// province has none), and every category it has not edited itself follows the province's name, unit, deadline and
/// active flag; a category the province adds appears in every open ward.
/// </summary>
public static class ProvinceCategories
{
    /// <summary>
    /// The province's stored list in order, or <see cref="DefaultCategories"/> (not stored) while it has none. Read past
    /// the tenant filter, by the province's code: a ward opening to reports reads its province's list.
    /// </summary>
    public static async Task<List<ProvinceCategory>> ListAsync(ReportsDbContext db, string province, CancellationToken ct)
    {
        var stored = await db.ProvinceCategories.IgnoreQueryFilters().Where(c => c.ProvinceCode == province && c.TenantCode == province)
            .OrderBy(c => c.Ordinal).ToListAsync(ct);
        return stored.Count > 0 ? stored : [.. DefaultCategories.All.Select((c, i) => new ProvinceCategory
        {
            TenantCode = province, ProvinceCode = province, Code = c.Code, Name = c.Name, Unit = c.Unit, DeadlineDays = c.DeadlineDays, Ordinal = i,
        })];
    }

    public static Category ForWard(ProvinceCategory category, string tenant) => new()
    {
        TenantCode = tenant, ProvinceCode = category.ProvinceCode, Code = category.Code, Name = category.Name, Unit = category.Unit,
        DeadlineDays = category.DeadlineDays, Active = category.Active, Ordinal = category.Ordinal,
    };

    /// <summary>The ward's category takes the province's name, unit, deadline and active flag.</summary>
    public static void Follow(Category ward, ProvinceCategory province)
    {
        ward.Name = province.Name;
        ward.Unit = province.Unit;
        ward.DeadlineDays = province.DeadlineDays;
        ward.Active = province.Active;
    }

    /// <summary>
    /// Carries a province category to its wards (<paramref name="system"/>: the service's own context, as the province's
    /// staff may not write a ward's records): the wards that did not edit it take it, the open wards without it get it.
    /// Returns how many wards changed.
    /// </summary>
    public static async Task<int> CarryToWardsAsync(ReportsDbContext system, ProvinceCategory category, CancellationToken ct)
    {
        var province = category.ProvinceCode;
        var wards = await system.Wards.Where(w => w.ProvinceCode == province).Select(w => w.TenantCode).ToListAsync(ct);
        var existing = await system.Categories.Where(c => c.ProvinceCode == province && c.Code == category.Code).ToListAsync(ct);
        foreach (var c in existing.Where(c => !c.WardOverride)) Follow(c, category);
        var missing = wards.Except(existing.Select(c => c.TenantCode)).ToList();
        system.Categories.AddRange(missing.Select(w => ForWard(category, w)));
        return existing.Count(c => !c.WardOverride) + missing.Count;
    }
}
