using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Documents;
using WardPlatform.Plans.Reading;

namespace WardPlatform.Plans.Attachments;

public static class AttachFile
{
    /// <summary>
    /// Attaches a file (multipart field “file”) to a plan of the caller's own tenant that is not closed. The form is
    /// read here rather than bound, so whose plan it is gets checked first, whatever the body (404 stays 404).
    /// </summary>
    public static async Task<Results<Created<AttachmentDto>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, HttpRequest request, ClaimsPrincipal user, PlansDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.TenantCode, p.ProvinceCode, p.Status, p.Number }).FirstOrDefaultAsync(ct);
        if (plan is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(new Owner(plan.TenantCode, plan.ProvinceCode))) return PlanProblems.ReadOnly();
        if (plan.Status == PlanStatus.Closed)
            return FieldErrors.Conflict("Kế hoạch đã kết thúc", $"Kế hoạch số {plan.Number} đã kết thúc: không đính kèm thêm tệp.", "plan_closed");
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
            return Problem(new(400, "file_required", "Gửi tệp trong trường “file” (multipart/form-data)."));

        var errors = new FieldErrors();
        var name = errors.Text("file", Path.GetFileName(file.FileName), AttachmentFile.MaxNameLength, "Tên tệp", required: true);
        if (errors.Any) return errors.ToProblem();

        byte[] content = [];
        if (file.Length is > 0 and <= AttachmentFile.MaxBytes)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        var (contentType, problem) = AttachmentFile.Check(name!, file.Length, content);
        if (problem is not null) return Problem(problem);

        var attachment = new PlanAttachment
        {
            PlanId = plan.Id, TenantCode = plan.TenantCode, ProvinceCode = plan.ProvinceCode, FileName = name!,
            ContentType = contentType!, Size = content.Length, Content = content,
            UploadedBy = user.FindFirstValue("sub"), UploadedAt = clock.GetUtcNow(),
        };
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/plans/{plan.Id}/attachments/{attachment.Id}",
            new AttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.UploadedBy, attachment.UploadedAt));
    }

    private static ProblemHttpResult Problem(AttachmentProblem problem) => TypedResults.Problem(
        title: "Không đính kèm được tệp", detail: problem.Message, statusCode: problem.Status,
        extensions: new Dictionary<string, object?> { ["code"] = problem.Code });

    private sealed record Owner(string TenantCode, string ProvinceCode) : Tenancy.ITenantOwned;
}
