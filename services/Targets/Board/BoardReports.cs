using WardPlatform.Http;
using WardPlatform.Targets.IssuedPlans;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Board;

/// <summary>
/// The report each board makes: a plan's, grouped by the plan's themes as its page shows them ("II.1. …", the targets
/// without a theme under "Chỉ tiêu chung"); a unit's, grouped by plan (I, II… "Kế hoạch số …"), newest plan first.
/// </summary>
public static class BoardReports
{
    public const string NoTheme = "Chỉ tiêu chung";

    public static BoardReport ForPlan(PlanBoard board, WardNames wards)
    {
        var plan = board.Plan;
        var groups = board.Targets.GroupBy(t => t.ThemeNumber)
            .Select(g => g.Key is null
                ? new BoardGroup("", NoTheme, g.ToList())
                : new BoardGroup(g.Key, plan.Themes.FirstOrDefault(t => t.Number == g.Key)?.Title is { Length: > 0 } title ? title : $"Nội dung {g.Key}", g.ToList()))
            .ToList();
        var subject = $"Tiến độ thực hiện chỉ tiêu của Kế hoạch số {plan.Number} ngày {VietnamClock.Show(plan.IssuedOn)}: {plan.Title}";
        return new BoardReport(wards.Of(plan.TenantCode), subject, "II. CHI TIẾT THEO NỘI DUNG THI ĐUA", groups, Recipients(plan.TenantCode, plan.ProvinceCode, wards));
    }

    /// <summary>
    /// The rows are the unit's targets with their plans, as <see cref="BoardQueries.LoadUnitAsync"/> orders them. Seen by the
    /// province, a unit name several wards use: the report is the province's and each plan names its ward.
    /// </summary>
    public static BoardReport ForUnit(string unit, IReadOnlyList<(IssuedPlan Plan, Target Target)> rows, WardNames wards)
    {
        var tenants = rows.Select(r => r.Plan.TenantCode).Distinct().ToList();
        var province = rows[0].Plan.ProvinceCode;
        var issuer = tenants.Count == 1 ? tenants[0] : province;
        var groups = rows.GroupBy(r => r.Plan.PlanId).Select((g, i) =>
        {
            var plan = g.First().Plan;
            var ward = tenants.Count > 1 ? $" ({wards.Of(plan.TenantCode)})" : "";
            return new BoardGroup(RomanNumerals.Of(i + 1), $"Kế hoạch số {plan.Number}{ward}: {plan.Title}", g.Select(r => r.Target).ToList());
        }).ToList();
        return new BoardReport(wards.Of(issuer), $"Tiến độ thực hiện chỉ tiêu của {unit}", "II. CHI TIẾT THEO KẾ HOẠCH", groups,
            Recipients(issuer, province, wards));
    }

    /// <summary>A ward reports to its province; the province to the Ministry of Home Affairs' emulation board. Both keep a copy.</summary>
    private static IReadOnlyList<string> Recipients(string issuer, string province, WardNames wards) =>
        issuer == province
            ? ["- Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương);", "- Lưu: VT."]
            : [$"- UBND {AdministrativeDocument.InSentence(wards.Of(province))};", "- Lưu: VT."];
}
