using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Data;

namespace WardPlatform.Commendations.Rules;

/// <summary>Which rule and base salary were in force for a province on a date: the province's own version first, else the national one.</summary>
public sealed class RuleBook(CommendationsDbContext db)
{
    public async Task<AwardRule?> RuleAsync(string province, string form, string recipientKind, DateOnly on, CancellationToken ct) =>
        await db.AwardRules.AsNoTracking()
            .Where(r => r.Form == form && r.RecipientKind == recipientKind && r.EffectiveFrom <= on && (r.ProvinceCode == province || r.ProvinceCode == ""))
            .OrderByDescending(r => r.ProvinceCode == province).ThenByDescending(r => r.EffectiveFrom)
            .FirstOrDefaultAsync(ct);

    /// <summary>Every form in force for the province on the date, one version each.</summary>
    public async Task<List<AwardRule>> InForceAsync(string province, DateOnly on, CancellationToken ct)
    {
        var all = await db.AwardRules.AsNoTracking()
            .Where(r => r.EffectiveFrom <= on && (r.ProvinceCode == province || r.ProvinceCode == "")).ToListAsync(ct);
        return all.GroupBy(r => (r.Form, r.RecipientKind))
            .Select(g => g.OrderByDescending(r => r.ProvinceCode == province).ThenByDescending(r => r.EffectiveFrom).First())
            .OrderBy(r => r.Id).ToList();
    }

    public async Task<decimal?> BaseSalaryAsync(string province, DateOnly on, CancellationToken ct) =>
        await db.BaseSalaries.AsNoTracking()
            .Where(s => s.EffectiveFrom <= on && (s.ProvinceCode == province || s.ProvinceCode == ""))
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.ProvinceCode == province)
            .Select(s => (decimal?)s.Amount).FirstOrDefaultAsync(ct);

    /// <summary>Coefficient × base salary, rounded to the nearest ten thousand đồng (halves up).</summary>
    public static decimal Prize(decimal coefficient, decimal baseSalary) =>
        Math.Round(coefficient * baseSalary / 10_000m, MidpointRounding.AwayFromZero) * 10_000m;
}
