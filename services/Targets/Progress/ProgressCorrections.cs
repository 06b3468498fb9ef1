using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Targets.Apis;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Targets.Progress;

/// <summary>The body of a withdrawal: why the report no longer counts.</summary>
public sealed record WithdrawProgressRequest(string? Reason = null);

/// <summary>
/// A wrong progress report is corrected (a new report with <c>corrects</c>, see <see cref="ReportProgress"/>) or withdrawn
/// (POST /targets/{id}/progress/{reportId}/withdraw) by its author or the administrator of its ward or province. The
/// old report stays in the history, marked superseded, and the audit log records both; the status is recomputed.
/// </summary>
public static class ProgressCorrections
{
    private static readonly IReadOnlySet<string> Administrators = new HashSet<string>
        { WardRoles.WardAdministrator, WardRoles.ProvinceAdministrator, WardRoles.PlatformAdministrator };

    /// <summary>Whether the caller may correct or withdraw the report (the author, or an administrator).</summary>
    public static bool May(ProgressReport report, ClaimsPrincipal user) =>
        (report.ReportedBy is { } author && author == user.FindFirstValue("sub"))
        || Administrators.Contains(user.FindFirstValue(WardClaims.Role) ?? "");

    public static ProblemHttpResult? Refuse(ProgressReport report, ClaimsPrincipal user)
    {
        if (!report.Counts)
            return FieldErrors.Conflict("Báo cáo đã được thay thế", "Báo cáo này đã được sửa hoặc rút trước đó: hãy sửa báo cáo mới nhất.", "already_superseded");
        return May(report, user) ? null : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
            title: "Không có quyền sửa báo cáo này",
            detail: "Chỉ người đã gửi báo cáo hoặc quản trị viên mới được sửa hay rút báo cáo tiến độ.",
            extensions: new Dictionary<string, object?> { ["code"] = "not_the_author" });
    }

    public static async Task<Results<Ok<ProgressDto>, NotFound, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        Guid id, Guid reportId, WithdrawProgressRequest? request, ClaimsPrincipal user, TargetsDbContext db,
        ProgressRecorder recorder, TimeProvider clock, CancellationToken ct)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct);
        var report = target is null ? null : await db.ProgressReports.FirstOrDefaultAsync(r => r.Id == reportId && r.TargetId == id, ct);
        if (target is null || report is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(target)) return TargetProblems.ReadOnly();
        if (target.Settled) return TargetProblems.PlanClosed();
        if (Refuse(report, user) is { } refusal) return refusal;

        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, 2000, "Lý do rút báo cáo", required: true);
        if (errors.Any) return errors.ToProblem();

        await recorder.WithdrawAsync(target, report, user.FindFirstValue("sub"), user.FindFirstValue("name"), reason!, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProgressDto.From(report));
    }
}
