using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Documents;

namespace WardPlatform.Plans.Attachments;

public static class AttachmentEndpoints
{
    /// <summary>
    /// The file as uploaded, with the content type decided at upload; another tenant's file is 404, and so is the file of a
    /// plan the caller does not see (a ward's draft, for the province).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(Guid id, Guid attachmentId, PlansDbContext db, CancellationToken ct) =>
        await db.Plans.AnyAsync(p => p.Id == id, ct)
        && await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.PlanId == id, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    /// <summary>Removes a file from a draft; once issued, the plan's files are part of the record.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid id, Guid attachmentId, PlansDbContext db, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Status, p.Number }).FirstOrDefaultAsync(ct);
        var file = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.PlanId == id, ct);
        if (plan is null || file is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(file)) return PlanProblems.ReadOnly();
        if (plan.Status != PlanStatus.Draft)
            return Http.FieldErrors.Conflict("Kế hoạch không còn là dự thảo", $"Kế hoạch số {plan.Number} đã ban hành: không xóa tệp đính kèm.", "not_a_draft");
        db.Attachments.Remove(file);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
