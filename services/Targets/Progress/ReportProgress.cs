using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Targets.Apis;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Progress;

/// <summary>
/// POST /targets/{id}/progress, multipart/form-data: value, reportedOn (yyyy-MM-dd), note, unit (split targets),
/// evidence (files); for a correction also corrects (the wrong report's id) and reason. Everything is checked before
/// anything is written; one save stores the report, its files, the superseded report, the new status and the events.
/// </summary>
public static class ReportProgress
{
    /// <summary>Reports may come a little after the period's end (the final figures).</summary>
    public const int GraceDays = 30;
    public const long MaxRequestBytes = EvidenceCheck.MaxFiles * EvidenceCheck.MaxBytes + 1024 * 1024;

    public static async Task<Results<Created<ProgressDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(
        Guid id, HttpRequest request, TargetsDbContext db, ProgressRecorder recorder, TimeProvider clock, CancellationToken ct)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(target)) return TargetProblems.ReadOnly();
        if (target.Settled) return TargetProblems.PlanClosed();

        var errors = new FieldErrors();
        if (!request.HasFormContentType)
            return errors.Add("value", "form_required", "Gửi báo cáo dạng multipart/form-data (các trường value, reportedOn, note, evidence).").ToProblem();
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        // A broken multipart body (bad boundary, truncated part) is the caller's mistake; a too-large one stays a 413.
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            return errors.Add("evidence", "malformed_form", "Không đọc được nội dung gửi lên (multipart/form-data bị hỏng).").ToProblem();
        }

        var value = ParseValue(errors, form["value"].ToString());
        if (value is { } v) ProgressValues.CheckReport(errors, target, v);
        var reportedOn = ParseDate(errors, form["reportedOn"].ToString(), target, clock.Today());
        var note = errors.Text("note", form["note"].ToString(), 2000, "Ghi chú", required: false);
        var unit = CheckUnit(errors, target, form["unit"].ToString());

        var user = request.HttpContext.User;
        ProgressReport? corrected = null;
        string? reason = null;
        if (form["corrects"].ToString() is { Length: > 0 } correctsRaw)
        {
            if (!Guid.TryParse(correctsRaw, out var correctsId)
                || await db.ProgressReports.FirstOrDefaultAsync(r => r.Id == correctsId && r.TargetId == target.Id, ct) is not { } old)
                return TypedResults.NotFound();
            if (ProgressCorrections.Refuse(old, user) is { } refusal) return refusal;
            corrected = old;
            reason = errors.Text("reason", form["reason"].ToString(), 2000, "Lý do sửa báo cáo", required: true);
        }

        var (files, tooLarge) = await ReadEvidenceAsync(errors, form.Files, ct);
        if (tooLarge) return TooLarge(errors);
        if (errors.Any) return errors.ToProblem();

        var report = new ProgressReport
        {
            Id = Guid.CreateVersion7(),
            TargetId = target.Id,
            PlanId = target.PlanId,
            TenantCode = target.TenantCode,
            ProvinceCode = target.ProvinceCode,
            Value = value!.Value,
            ReportedOn = reportedOn!.Value,
            Unit = unit,
            Note = note,
            ReportedBy = user.FindFirstValue("sub"),
            ReportedByName = user.FindFirstValue("name"),
            RecordedAt = clock.GetUtcNow(),
            Corrects = corrected?.Id,
        };
        foreach (var (name, contentType, content) in files)
            report.Evidence.Add(new EvidenceFile
            {
                Id = Guid.CreateVersion7(), ReportId = report.Id, TargetId = target.Id, TenantCode = target.TenantCode,
                ProvinceCode = target.ProvinceCode, FileName = name, ContentType = contentType, Size = content.Length, Content = content,
            });
        await recorder.RecordAsync(target, report, ct, corrected, reason);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/targets/{target.Id}", ProgressDto.From(report));
    }

    private static decimal? ParseValue(FieldErrors errors, string raw)
    {
        raw = raw.Trim();
        if (raw.Length == 0)
        {
            errors.Add("value", "required", "Giá trị báo cáo không được để trống.");
            return null;
        }
        // "12.5" or the Vietnamese "12,5"; no thousands separators, no exponents.
        if (raw.Length > 30 || !decimal.TryParse(raw.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
        {
            errors.Add("value", "invalid_number", "Giá trị báo cáo phải là một số (ví dụ 12 hoặc 12,5).");
            return null;
        }
        return value;
    }

    private static DateOnly? ParseDate(FieldErrors errors, string raw, Target target, DateOnly today)
    {
        raw = raw.Trim();
        if (raw.Length == 0)
        {
            errors.Add("reportedOn", "required", "Ngày báo cáo không được để trống.");
            return null;
        }
        if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add("reportedOn", "invalid_date", "Ngày báo cáo không hợp lệ: dùng dạng năm-tháng-ngày (yyyy-MM-dd) với một ngày có thật.");
            return null;
        }
        if (date > today)
            errors.Add("reportedOn", "future", $"Ngày báo cáo không được sau hôm nay ({VietnamClock.Show(today)}).");
        else if (date < target.PeriodFrom)
            errors.Add("reportedOn", "before_period", $"Ngày báo cáo không được trước khi bắt đầu thời hạn chỉ tiêu ({VietnamClock.Show(target.PeriodFrom)}).");
        else if (date > target.PeriodTo.AddDays(GraceDays))
            errors.Add("reportedOn", "after_period",
                $"Ngày báo cáo quá {GraceDays} ngày sau khi kết thúc thời hạn chỉ tiêu ({VietnamClock.Show(target.PeriodTo)}).");
        return date;
    }

    private static string? CheckUnit(FieldErrors errors, Target target, string raw)
    {
        var unit = VietnameseText.Clean(raw) is { Length: > 0 } u ? u : null;
        if (target.Kind != TargetKind.SplitCount || target.Split.Count == 0) return null;
        if (unit is null || target.Split.All(s => s.Unit != unit))
            errors.Add("unit", "unknown_unit", $"Chỉ tiêu được giao theo đơn vị: chọn một trong {string.Join(", ", target.Split.Select(s => s.Unit))}.");
        return unit;
    }

    private static async Task<(List<(string Name, string ContentType, byte[] Content)> Files, bool TooLarge)> ReadEvidenceAsync(
        FieldErrors errors, IFormFileCollection uploaded, CancellationToken ct)
    {
        var files = new List<(string, string, byte[])>();
        var evidence = uploaded.Where(f => f.Name == "evidence").ToList();
        if (uploaded.Count != evidence.Count)
            errors.Add("evidence", "unexpected_file", "Tệp minh chứng phải gửi trong trường “evidence”.");
        if (evidence.Count > EvidenceCheck.MaxFiles)
        {
            errors.Add("evidence", "too_many_files", $"Tối đa {EvidenceCheck.MaxFiles} tệp minh chứng cho một báo cáo.");
            return (files, false);
        }
        foreach (var file in evidence)
        {
            var name = VietnameseText.Clean(Path.GetFileName(file.FileName)) ?? "";
            if (file.Length > EvidenceCheck.MaxBytes)
            {
                errors.Add("evidence", "file_too_large", $"Tệp “{name}” quá lớn: tối đa {EvidenceCheck.MaxBytes / 1024 / 1024} MB mỗi tệp.");
                return (files, true);
            }
            if (file.Length == 0 || name.Length is 0 or > 255)
            {
                errors.Add("evidence", "empty_file", $"Tệp “{name}” rỗng hoặc không có tên hợp lệ.");
                continue;
            }
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            if (UploadedFileTypes.ContentTypeOf(name, content) is { } contentType)
                files.Add((name, contentType, content));
            else
                errors.Add("evidence", "unsupported_type",
                    $"Tệp “{name}” không đúng loại: chỉ nhận {UploadedFileTypes.Accepted}, và nội dung phải đúng với phần mở rộng.");
        }
        return (files, false);
    }

    private static ProblemHttpResult TooLarge(FieldErrors errors)
    {
        var problem = errors.ToProblem().ProblemDetails;
        return TypedResults.Problem(title: "Tệp minh chứng quá lớn", detail: problem.Errors["evidence"][0],
            statusCode: StatusCodes.Status413PayloadTooLarge, extensions: new Dictionary<string, object?>
            {
                ["code"] = "file_too_large", ["errors"] = problem.Errors, ["codes"] = problem.Extensions["codes"],
            });
    }
}
