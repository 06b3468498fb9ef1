using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Reading;

public static class ListPlans
{
    public const int MaxQueryLength = 200;

    /// <summary>
    /// The caller's plans (a ward its own, a province official the whole province), newest first. <c>q</c> searches
    /// number and title without diacritics ("ke hoach thi dua" finds "Kế hoạch thi đua"); <c>status</c> filters;
    /// <c>handOver</c> ("Submitted", "Returned") keeps the drafts waiting for the signer or returned to the preparer.
    /// </summary>
    public static async Task<Results<Ok<List<PlanDto>>, ValidationProblem>> HandleAsync(
        string? q, PlanStatus? status, string? handOver, int? take, PlansDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (q?.Length > MaxQueryLength) errors.Add("q", "too_long", $"Từ khóa tìm kiếm không được dài quá {MaxQueryLength} ký tự.");
        if (handOver is not (null or PlanDto.Submitted or PlanDto.Returned))
            errors.Add("handOver", "invalid", "Bộ lọc trình ký phải là Submitted hoặc Returned.");
        if (take is < 1 or > 500) errors.Add("take", "out_of_range", "Số kế hoạch mỗi trang phải từ 1 đến 500.");
        if (errors.Any) return errors.ToProblem();

        var plans = db.Plans.AsNoTracking();
        var folded = VietnameseText.Fold(q);
        if (folded.Length > 0) plans = plans.Where(p => p.SearchText.Contains(folded));
        if (status is { } wanted) plans = plans.Where(p => p.Status == wanted);
        if (handOver == PlanDto.Submitted) plans = plans.Where(p => p.Status == PlanStatus.Draft && p.SubmittedAt != null);
        if (handOver == PlanDto.Returned) plans = plans.Where(p => p.Status == PlanStatus.Draft && p.SubmittedAt == null && p.ReturnedAt != null);
        var list = await plans.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Number).Take(take ?? 200)
            .Select(p => new PlanDto(p.Id, p.TenantCode, p.Number, p.Title, p.Status.ToString(), p.IssuedOn,
                p.ProvinceCode, p.PeriodStart, p.PeriodEnd, p.Targets.Count, p.CreatedAt,
                p.Status != PlanStatus.Draft ? null : p.SubmittedAt != null ? PlanDto.Submitted : p.ReturnedAt != null ? PlanDto.Returned : null,
                p.Status != PlanStatus.Draft ? null : p.SubmittedAt != null ? p.SubmissionNote : p.ReturnReason))
            .ToListAsync(ct);
        return TypedResults.Ok(list);
    }
}
