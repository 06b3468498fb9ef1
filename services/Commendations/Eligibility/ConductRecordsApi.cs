using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Eligibility;

public sealed record ConductRecordRequest(string? SubjectName, string? SubjectId, string? Kind, string? Detail, DateOnly? From, DateOnly? To);

/// <summary>/conduct-records: the ward administrator keeps disciplinary measures, inspections and complaints with their period.</summary>
public static class ConductRecordsApi
{
    private static readonly string[] Kinds = ["discipline", "inspection", "complaint"];

    public static async Task<Ok<List<ConductRecord>>> ListAsync(CommendationsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.ConductRecords.AsNoTracking().OrderByDescending(r => r.From).ToListAsync(ct));

    public static async Task<Results<Created<ConductRecord>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ConductRecordRequest r, ClaimsPrincipal user, CommendationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (Problems.RequireRole(user, db.Scope, "ghi nhận kỷ luật, thanh tra, khiếu nại", WardRoles.WardAdministrator) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var name = errors.Text("subjectName", r.SubjectName, 300, "Tên cá nhân / tập thể", required: true);
        var subjectId = errors.Text("subjectId", r.SubjectId, 100, "Mã trong danh mục");
        var detail = errors.Text("detail", r.Detail, 1000, "Nội dung", required: true);
        if (r.Kind is null || !Kinds.Contains(r.Kind))
            errors.Add("kind", "unknown_kind", "Loại: discipline (kỷ luật), inspection (thanh tra, kiểm tra) hoặc complaint (khiếu nại, tố cáo).");
        if (r.From is null) errors.Add("from", "required", "Ngày bắt đầu không được để trống.");
        else if (r.To is { } to && to < r.From) errors.Add("to", "invalid_period", "Ngày kết thúc không được trước ngày bắt đầu.");
        if (errors.Any) return errors.ToProblem();
        var record = new ConductRecord
        {
            Id = Guid.CreateVersion7(), TenantCode = db.Scope.Tenant, ProvinceCode = db.Scope.Province, SubjectName = name!, SubjectId = subjectId,
            Kind = r.Kind!, Detail = detail!, From = r.From!.Value, To = r.To, SubjectFolded = VietnameseText.Fold(name), RecordedAt = clock.GetUtcNow(),
        };
        db.ConductRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/conduct-records/{record.Id}", record);
    }
}
