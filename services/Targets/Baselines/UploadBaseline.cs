using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Targets.Apis;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Baselines;

/// <summary>
/// POST /targets/{id}/baseline.xlsx (multipart, field "file"): the baseline year's count from an Excel sheet of years
/// before the platform (<see cref="BaselineSheet"/>). The rows of the target's baseline year are summed, of its report
/// categories when it names some (a category compared by code, ignoring case), else all.
/// </summary>
public static class UploadBaseline
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static async Task<Results<Ok<TargetDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(
        Guid id, HttpRequest request, TargetsDbContext db, TargetStatusUpdater statuses, CancellationToken ct)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(target)) return TargetProblems.ReadOnly();
        if (target.Settled) return TargetProblems.PlanClosed();

        var errors = new FieldErrors();
        if (target.Kind != TargetKind.Reduction || target.BaselineYear is not { } year)
            return errors.Add("file", "not_a_reduction", "Chỉ chỉ tiêu kéo giảm có năm gốc mới nhận số liệu năm gốc.").ToProblem();
        if (!request.HasFormContentType)
            return errors.Add("file", "form_required", "Gửi tệp Excel dạng multipart/form-data (trường file).").ToProblem();
        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            return errors.Add("file", "malformed_form", "Không đọc được nội dung gửi lên (multipart/form-data bị hỏng).").ToProblem();
        }
        if (file is null || file.Length == 0) return errors.Add("file", "required", "Chọn tệp Excel số liệu năm gốc.").ToProblem();
        if (file.Length > MaxBytes) return errors.Add("file", "too_large", "Tệp số liệu năm gốc không được lớn quá 2 MB.").ToProblem();
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        if (UploadedFileTypes.ContentTypeOf(".xlsx", content) is null)
            return errors.Add("file", "not_a_workbook", "Tệp phải là Excel (.xlsx): cột A năm, cột B loại phản ánh, cột C số vụ.").ToProblem();

        var rows = BaselineSheet.Read(content, errors, "file");
        if (errors.Any) return errors.ToProblem();
        var counted = rows.Where(r => r.Year == year && (target.ReportCategories.Count == 0
            || target.ReportCategories.Contains(r.Category, StringComparer.OrdinalIgnoreCase))).ToList();
        if (counted.Count == 0)
            return errors.Add("file", "no_rows_for_year", $"Tệp không có dòng nào của năm {year}" +
                (target.ReportCategories.Count > 0 ? $" thuộc các loại {string.Join(", ", target.ReportCategories)}." : ".")).ToProblem();
        var total = counted.Sum(r => r.Count);
        SetBaseline.CheckValue(errors, "file", total);
        if (errors.Any) return errors.ToProblem();
        return TypedResults.Ok(await SetBaseline.ApplyAsync(target, total, db, statuses, ct));
    }
}
