using System.Linq.Expressions;
using WardPlatform.Http;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Reading;

/// <summary>
/// The filters of the plan lists. <c>q</c> searches number and title without diacritics ("ke hoach thi dua" finds
/// "Kế hoạch thi đua"); <c>status</c>; <c>handOver</c> ("Submitted", "Returned") keeps the drafts waiting for the signer or
/// returned to the preparer; <c>tenantCode</c> one ward's plans (or the province's code: its own); <c>level</c>
/// ("Province", "Ward") the province's own plans or the wards'. A ward's drafts are never the province's to see
/// (the context's filter).
/// </summary>
public static class PlanFilters
{
    public const int MaxQueryLength = 200;
    public const string ProvinceLevel = "Province";
    public const string WardLevel = "Ward";

    public static IQueryable<Plan> Apply(IQueryable<Plan> plans, FieldErrors errors,
        string? q, PlanStatus? status, string? handOver, string? tenantCode, string? level)
    {
        if (q?.Length > MaxQueryLength) errors.Add("q", "too_long", $"Từ khóa tìm kiếm không được dài quá {MaxQueryLength} ký tự.");
        if (handOver is not (null or PlanDto.Submitted or PlanDto.Returned))
            errors.Add("handOver", "invalid", "Bộ lọc trình ký phải là Submitted hoặc Returned.");
        if (level is not (null or ProvinceLevel or WardLevel))
            errors.Add("level", "invalid", $"Cấp phải là {ProvinceLevel} (kế hoạch của tỉnh) hoặc {WardLevel} (kế hoạch của xã, phường).");
        var tenant = tenantCode?.Trim();
        if (tenant?.Length > 20) errors.Add("tenantCode", "too_long", "Mã xã, phường không được dài quá 20 ký tự.");
        if (errors.Any) return plans;

        var folded = VietnameseText.Fold(q);
        if (folded.Length > 0) plans = plans.Where(p => p.SearchText.Contains(folded));
        if (status is { } wanted) plans = plans.Where(p => p.Status == wanted);
        if (handOver == PlanDto.Submitted) plans = plans.Where(p => p.Status == PlanStatus.Draft && p.SubmittedAt != null);
        if (handOver == PlanDto.Returned) plans = plans.Where(p => p.Status == PlanStatus.Draft && p.SubmittedAt == null && p.ReturnedAt != null);
        if (!string.IsNullOrEmpty(tenant)) plans = plans.Where(p => p.TenantCode == tenant);
        if (level == ProvinceLevel) plans = plans.Where(p => p.TenantCode == p.ProvinceCode);
        if (level == WardLevel) plans = plans.Where(p => p.TenantCode != p.ProvinceCode);
        return plans;
    }

    public static IOrderedQueryable<Plan> Newest(IQueryable<Plan> plans) =>
        plans.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Number).ThenBy(p => p.Id);

    public static readonly Expression<Func<Plan, PlanDto>> ToDto = p => new PlanDto(p.Id, p.TenantCode, p.Number, p.Title,
        p.Status.ToString(), p.IssuedOn, p.ProvinceCode, p.PeriodStart, p.PeriodEnd, p.Targets.Count, p.CreatedAt,
        p.Status != PlanStatus.Draft ? null : p.SubmittedAt != null ? PlanDto.Submitted : p.ReturnedAt != null ? PlanDto.Returned : null,
        p.Status != PlanStatus.Draft ? null : p.SubmittedAt != null ? p.SubmissionNote : p.ReturnReason);
}
