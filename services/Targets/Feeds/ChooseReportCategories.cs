using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Http;
using WardPlatform.Targets.Apis;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Data;

namespace WardPlatform.Targets.Feeds;

public sealed record ReportCategoriesRequest(List<string>? Categories);

/// <summary>
/// PUT /targets/{id}/report-categories: which report categories (codes, e.g. "lan-chiem") a target fed by reports
/// counts; an empty list counts them all. The value is computed again at once from the facts kept.
/// </summary>
public static partial class ChooseReportCategories
{
    public const int MaxCategories = 30;
    public static readonly string[] ReportSources = [ComputedTargetSources.ReportsOnTime, ComputedTargetSources.VerifiedIncidents];

    public static async Task<Results<Ok<TargetDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(
        Guid id, ReportCategoriesRequest request, TargetsDbContext db, TargetFeeds feeds, CancellationToken ct)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(target)) return TargetProblems.ReadOnly();
        if (target.Settled) return TargetProblems.PlanClosed();

        var errors = new FieldErrors();
        var categories = (request.Categories ?? []).Select(c => (c ?? "").Trim().ToLowerInvariant()).Distinct().ToList();
        if (!ReportSources.Contains(target.Source))
            errors.Add("categories", "not_from_reports", "Chỉ chỉ tiêu tính tự động từ phản ánh, kiến nghị mới chọn được loại phản ánh.");
        else if (categories.Count > MaxCategories)
            errors.Add("categories", "too_many", $"Chọn tối đa {MaxCategories} loại phản ánh.");
        else if (categories.FirstOrDefault(c => !Code().IsMatch(c)) is { } bad)
            errors.Add("categories", "invalid_code", $"Mã loại phản ánh \"{bad}\" không hợp lệ (chữ thường không dấu, số và dấu gạch ngang).");
        if (errors.Any) return errors.ToProblem();

        target.ReportCategories = categories;
        await feeds.SeedAsync(target, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TargetDto.From(target));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex Code();
}
