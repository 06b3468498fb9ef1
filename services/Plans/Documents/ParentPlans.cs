using Microsoft.EntityFrameworkCore;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Documents;

/// <summary>
/// Links a plan's cited "Kế hoạch số …" to the province's plan of that number, when the province has one here.
/// Ward staff cannot read province plans, so the lookup reads past the tenant filter, for that one province only.
/// </summary>
public static class ParentPlans
{
    public static async Task LinkAsync(PlansDbContext db, Plan plan, CancellationToken ct)
    {
        var cited = plan.LegalBases.Where(b => b.CitesPlan).ToList();
        if (cited.Count == 0) return;
        var numbers = cited.Select(b => b.Number!).Distinct().ToList();
        var province = plan.ProvinceCode;
        var parents = await db.Plans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ProvinceCode == province && p.TenantCode == province && p.Id != plan.Id && numbers.Contains(p.Number))
            .Select(p => new { p.Id, p.Number })
            .ToListAsync(ct);
        foreach (var basis in cited)
            basis.ParentPlanId = parents.FirstOrDefault(p => p.Number == basis.Number)?.Id;
    }
}
