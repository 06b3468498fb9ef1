using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;

namespace WardPlatform.Reports.Handling;

public sealed record MoveRequest(string? Note = null, string? Unit = null, string? Reason = null, Guid? OriginalId = null, DateOnly? Until = null);

/// <summary>
/// The lifecycle Tiếp nhận → Đã phân công → Đang xử lý → Đã giải quyết → Đã xác minh, with Từ chối and Trùng, and
/// extensions that never move the original due date. Each move writes its history entry and event in one save;
/// a move the current status does not allow is 409 and changes nothing.
/// </summary>
public sealed class ReportMoves(ReportsDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, string> RejectReasons = new Dictionary<string, string>
    {
        ["khong_tham_quyen"] = "Không thuộc thẩm quyền",
        ["khong_du_thong_tin"] = "Không đủ thông tin",
    };

    private async Task<(Report? Report, IResult? Refusal)> LoadAsync(Guid id, CancellationToken ct)
    {
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null) return (null, TypedResults.NotFound());
        if (!db.Scope.CanWrite(report)) return (null, ReportProblems.ReadOnly());
        return (report, null);
    }

    private async Task<IResult> DoneAsync(Report report, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await StaffApi.DetailOfAsync(db, report, clock, ct));
    }

    public async Task<IResult> AssignAsync(Guid id, MoveRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(id, ct);
        if (report is null) return refusal!;
        if (!ReportStatuses.IsOpen(report.Status)) return ReportProblems.NotAllowed(report.Status, "phân công");
        var errors = new FieldErrors();
        var unit = errors.Text("unit", body.Unit, 200, "Đơn vị xử lý", required: true);
        var note = errors.Text("note", body.Note, 2000, "Ghi chú");
        if (errors.Any) return errors.ToProblem();
        var now = clock.GetUtcNow();
        var actor = Actor.Of(user);
        report.Unit = unit;
        db.Move(report, ReportStatus.Assigned, "assigned", actor, note ?? $"Chuyển {unit}", now);
        db.PublishOnCommit(new ReportAssigned(report.Id, report.TenantCode, report.ProvinceCode, report.CategoryCode, unit!, actor.Id, now));
        return await DoneAsync(report, ct);
    }

    public async Task<IResult> StartAsync(Guid id, MoveRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(id, ct);
        if (report is null) return refusal!;
        if (report.Status != ReportStatus.Assigned) return ReportProblems.NotAllowed(report.Status, "bắt đầu xử lý");
        var errors = new FieldErrors();
        var note = errors.Text("note", body.Note, 2000, "Ghi chú");
        if (errors.Any) return errors.ToProblem();
        db.Move(report, ReportStatus.InProgress, "started", Actor.Of(user), note, clock.GetUtcNow());
        return await DoneAsync(report, ct);
    }

    /// <summary>Multipart: "note" (the result, required) and "photos" (1 to 5 after-photos, required).</summary>
    public async Task<IResult> ResolveAsync(Guid id, HttpRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(id, ct);
        if (report is null) return refusal!;
        if (report.Status is not (ReportStatus.Assigned or ReportStatus.InProgress)) return ReportProblems.NotAllowed(report.Status, "báo đã giải quyết");
        var errors = new FieldErrors();
        if (!request.HasFormContentType) return errors.Add("photos", "required", "Cần ảnh sau khi xử lý.").ToProblem();
        var form = await request.ReadFormAsync(ct);
        var note = errors.Text("note", form["note"], 2000, "Kết quả xử lý", required: true);
        var files = form.Files.GetFiles("photos");
        var photos = await PhotoUploads.ReadAsync(files, "photos", errors, ct);
        if (files.Count == 0) errors.Add("photos", "required", "Cần ít nhất một ảnh sau khi xử lý.");
        if (errors.Any) return errors.ToProblem();

        var now = clock.GetUtcNow();
        report.ResolvedAt = now;
        report.ResolvedOn = VietnamClock.DateOf(now);
        report.ResolutionNote = note;
        report.OnTime = report.ResolvedOn <= report.DueOn;
        foreach (var photo in photos)
            db.Photos.Add(new ReportPhoto
            {
                Id = Guid.CreateVersion7(), ReportId = report.Id, TenantCode = report.TenantCode, ProvinceCode = report.ProvinceCode,
                Kind = PhotoKind.After, Content = photo.Content, ContentType = photo.ContentType, Width = photo.Width, Height = photo.Height,
                Approved = true, UploadedAt = now,
            });
        db.Move(report, ReportStatus.Resolved, "resolved", Actor.Of(user), note, now);
        db.PublishOnCommit(new ReportResolved(report.Id, report.TenantCode, report.ProvinceCode, report.CategoryCode, report.Unit,
            report.DueOn, report.OnTime.Value, now, report.NeighbourhoodId));
        return await DoneAsync(report, ct);
    }

    public async Task<IResult> VerifyAsync(Guid id, MoveRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(id, ct);
        if (report is null) return refusal!;
        if (report.Status != ReportStatus.Resolved) return ReportProblems.NotAllowed(report.Status, "xác minh");
        var errors = new FieldErrors();
        var note = errors.Text("note", body.Note, 2000, "Ghi chú xác minh");
        if (errors.Any) return errors.ToProblem();
        var now = clock.GetUtcNow();
        report.VerifiedAt = now;
        db.Move(report, ReportStatus.Verified, "verified", Actor.Of(user), note ?? "Bộ phận tiếp nhận đã xác minh kết quả", now);
        db.PublishOnCommit(new ReportVerified(report.Id, report.TenantCode, report.ProvinceCode, report.CategoryCode, report.Unit,
            report.ReceivedOn, report.OnTime == true, now, report.NeighbourhoodId));
        return await DoneAsync(report, ct);
    }

    public async Task<IResult> RejectAsync(Guid id, MoveRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(id, ct);
        if (report is null) return refusal!;
        if (!ReportStatuses.IsOpen(report.Status)) return ReportProblems.NotAllowed(report.Status, "từ chối");
        var errors = new FieldErrors();
        if (body.Reason is null || !RejectReasons.TryGetValue(body.Reason, out var label))
        {
            errors.Add("reason", "required", "Hãy chọn lý do từ chối: không thuộc thẩm quyền hoặc không đủ thông tin.");
            label = null;
        }
        var note = errors.Text("note", body.Note, 2000, "Ghi chú");
        if (errors.Any) return errors.ToProblem();
        report.RejectReason = note is null ? label : $"{label}: {note}";
        db.Move(report, ReportStatus.Rejected, "rejected", Actor.Of(user), report.RejectReason, clock.GetUtcNow());
        return await DoneAsync(report, ct);
    }

    public async Task<IResult> DuplicateAsync(Guid id, MoveRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(id, ct);
        if (report is null) return refusal!;
        if (!ReportStatuses.IsOpen(report.Status)) return ReportProblems.NotAllowed(report.Status, "đánh dấu trùng");
        var errors = new FieldErrors();
        var original = body.OriginalId is { } oid && oid != id ? await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == oid, ct) : null;
        if (original is null || original.Status is ReportStatus.Duplicate or ReportStatus.Rejected)
            errors.Add("originalId", "unknown_original", "Hãy chọn phản ánh gốc (khác phản ánh này, của phường, chưa bị từ chối hay trùng).");
        var note = errors.Text("note", body.Note, 2000, "Ghi chú");
        if (errors.Any) return errors.ToProblem();
        report.DuplicateOfId = original!.Id;
        db.Move(report, ReportStatus.Duplicate, "duplicate", Actor.Of(user), $"Trùng với phản ánh {original.Reference}" + (note is null ? "" : $": {note}"), clock.GetUtcNow());
        return await DoneAsync(report, ct);
    }

    public async Task<IResult> ExtendAsync(Guid id, MoveRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var (report, refusal) = await LoadAsync(id, ct);
        if (report is null) return refusal!;
        if (!ReportStatuses.IsOpen(report.Status)) return ReportProblems.NotAllowed(report.Status, "gia hạn");
        var errors = new FieldErrors();
        var latest = report.ExtendedTo ?? report.DueOn;
        if (body.Until is not { } until) errors.Add("until", "required", "Hãy chọn ngày gia hạn.");
        else if (until <= latest) errors.Add("until", "not_later", $"Ngày gia hạn phải sau {VietnamClock.Show(latest)}.");
        var reason = errors.Text("reason", body.Reason, 1000, "Lý do gia hạn", required: true);
        if (errors.Any) return errors.ToProblem();
        report.ExtendedTo = body.Until;
        report.ExtensionReason = reason;
        // Recorded beside the original due date, which stays: on time is still judged against it.
        db.Move(report, report.Status, "extended", Actor.Of(user), $"Gia hạn đến {VietnamClock.Show(body.Until!.Value)}: {reason}", clock.GetUtcNow());
        return await DoneAsync(report, ct);
    }
}
