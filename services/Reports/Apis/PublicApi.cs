using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Following;
using WardPlatform.Reports.Photos;

namespace WardPlatform.Reports.Apis;

public sealed record PublicWard(string Code, string Name);
public sealed record PublicCategory(string Code, string Name);
public sealed record PublicNeighbourhood(Guid Id, string Name);
public sealed record PublicWardDetail(string Code, string Name, IReadOnlyList<PublicCategory> Categories, IReadOnlyList<PublicNeighbourhood> Neighbourhoods);
public sealed record FiledReport(string TrackingCode, string Reference, DateOnly DueOn, string Status);
public sealed record ReopenRequest(string? Reason);
public sealed record RateRequest(int? Rating);

/// <summary>
/// What citizens reach without signing in (through the gateway at /api/reports/public/**): choose a ward, see
/// possible duplicates, file with photos, follow by tracking code, confirm or reopen, rate. Limited per client address
/// (PublicRateLimits); a wrong tracking code answers exactly as an unknown one.
/// </summary>
public static class PublicApi
{
    public const string Tag = "Công khai: người dân phản ánh";
    public const long MaxRequestBytes = PhotoReencoder.MaxPhotos * PhotoReencoder.MaxBytes + 1024 * 1024;

    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public").WithTags(Tag).AllowAnonymous().RequireRateLimiting(PublicRateLimits.Policy);
        group.MapGet("/wards", ListWards);
        group.MapGet("/wards/{ward}", GetWard);
        group.MapGet("/wards/{ward}/similar", Similar);
        group.MapPost("/wards/{ward}/reports", FileAsync).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));
        group.MapPost("/reports/{id:guid}/follow", Follow);
        group.MapGet("/track/{code}", Track).RequireRateLimiting(PublicRateLimits.TrackPolicy);
        group.MapPost("/track/{code}/confirm", Confirm).RequireRateLimiting(PublicRateLimits.TrackPolicy);
        group.MapPost("/track/{code}/reopen", Reopen).RequireRateLimiting(PublicRateLimits.TrackPolicy);
        group.MapPost("/track/{code}/rate", Rate).RequireRateLimiting(PublicRateLimits.TrackPolicy);
        group.MapGet("/photos/{id:guid}", Photo);
        return app;
    }

    private static async Task<Ok<List<PublicWard>>> ListWards(string? q, PublicDb publicDb, CancellationToken ct)
    {
        await using var db = publicDb.System();
        var folded = VietnameseText.Fold(q);
        if (folded.Length > 100) folded = folded[..100];
        var wards = db.Wards.AsNoTracking();
        if (folded.Length > 0) wards = wards.Where(w => w.SearchName.Contains(folded));
        return TypedResults.Ok(await wards.OrderBy(w => w.SearchName).Take(50).Select(w => new PublicWard(w.TenantCode, w.Name)).ToListAsync(ct));
    }

    private static async Task<Results<Ok<PublicWardDetail>, NotFound>> GetWard(string ward, PublicDb publicDb, CancellationToken ct)
    {
        if (await publicDb.WardAsync(ward, ct) is not { } found) return TypedResults.NotFound();
        await using var db = publicDb.ForWard(found.TenantCode, found.ProvinceCode);
        var categories = await db.Categories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Ordinal)
            .Select(c => new PublicCategory(c.Code, c.Name)).ToListAsync(ct);
        var neighbourhoods = await db.Neighbourhoods.AsNoTracking().OrderBy(n => n.Name).Select(n => new PublicNeighbourhood(n.Id, n.Name)).ToListAsync(ct);
        return TypedResults.Ok(new PublicWardDetail(found.TenantCode, found.Name, categories, neighbourhoods));
    }

    private static async Task<Results<Ok<List<SimilarReport>>, NotFound>> Similar(string ward, string? category, Guid? neighbourhoodId,
        string? street, double? lat, double? lon, PublicDb publicDb, CancellationToken ct)
    {
        if (await publicDb.WardAsync(ward, ct) is not { } found) return TypedResults.NotFound();
        if (string.IsNullOrWhiteSpace(category) || category.Length > 50) return TypedResults.Ok(new List<SimilarReport>());
        await using var db = publicDb.ForWard(found.TenantCode, found.ProvinceCode);
        return TypedResults.Ok(await SimilarReports.FindAsync(db, category, neighbourhoodId, street?.Length > 200 ? street[..200] : street, lat, lon, ct));
    }

    private static async Task<Results<Created<FiledReport>, ValidationProblem, NotFound>> FileAsync(string ward, HttpRequest request,
        PublicDb publicDb, ReportIntake intake, CancellationToken ct)
    {
        if (await publicDb.WardAsync(ward, ct) is not { } found) return TypedResults.NotFound();
        var errors = new FieldErrors();
        if (!request.HasFormContentType)
            return errors.Add("form", "not_a_form", "Phản ánh cần gửi dưới dạng biểu mẫu (multipart/form-data).").ToProblem();
        var form = await request.ReadFormAsync(ct);
        // The honeypot: a field people never see. A bot that fills it is told "taken" and nothing is stored.
        if (!string.IsNullOrEmpty(form["website"]))
            return TypedResults.Created("/public/track/", new FiledReport(TrackingCode.Show(TrackingCode.NewCode()), "PA-000000",
                DateOnly.FromDateTime(DateTime.UtcNow), ReportStatuses.Label(ReportStatus.Received)));

        var input = new ReportInput(form["category"], Guid.TryParse(form["neighbourhoodId"], out var n) ? n : null, form["street"],
            form["houseNumber"], Number(form["latitude"], "latitude", errors), Number(form["longitude"], "longitude", errors),
            form["description"], form["reporterName"], form["reporterPhone"], IsTrue(form["anonymous"]));
        if (!string.IsNullOrEmpty(form["neighbourhoodId"]) && input.NeighbourhoodId is null)
            errors.Add("neighbourhoodId", "unknown_neighbourhood", "Khu phố, ấp không thuộc phường đã chọn.");
        var checkedInput = ReportRules.Check(input, errors);
        var photos = await PhotoUploads.ReadAsync(form.Files.GetFiles("photos"), "photos", errors, ct);
        if (errors.Any || checkedInput is null) return errors.ToProblem();

        await using var db = publicDb.ForWard(found.TenantCode, found.ProvinceCode);
        var taken = await intake.TakeAsync(db, checkedInput, photos, "web", Actor.Citizen, errors, ct);
        if (taken is null) return errors.ToProblem();
        return TypedResults.Created($"/public/track/{taken.TrackingCode}", new FiledReport(TrackingCode.Show(taken.TrackingCode),
            taken.Report.Reference, taken.Report.DueOn, ReportStatuses.Label(taken.Report.Status)));
    }

    /// <summary>"Đây là phản ánh của tôi": a code of one's own to follow an open report instead of filing it again.</summary>
    private static async Task<Results<Created<FiledReport>, NotFound>> Follow(Guid id, PublicDb publicDb, TimeProvider clock, CancellationToken ct)
    {
        await using var system = publicDb.System();
        var report = await system.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || !ReportStatuses.IsOpen(report.Status)) return TypedResults.NotFound();
        await using var db = publicDb.ForWard(report.TenantCode, report.ProvinceCode);
        var code = TrackingCode.NewCode();
        db.TrackingCodes.Add(new TrackingCode
        {
            Code = code, ReportId = report.Id, TenantCode = report.TenantCode, ProvinceCode = report.ProvinceCode, IsReporter = false,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/public/track/{code}", new FiledReport(TrackingCode.Show(code), report.Reference, report.DueOn,
            ReportStatuses.Label(report.Status)));
    }

    private static async Task<Results<Ok<PublicReportView>, NotFound>> Track(string code, PublicDb publicDb, TimeProvider clock, CancellationToken ct)
    {
        await using var db = publicDb.System();
        return await ViewAsync(db, code, clock, ct) is { } view ? TypedResults.Ok(view) : NotFoundCode();
    }

    private static async Task<PublicReportView?> ViewAsync(ReportsDbContext db, string code, TimeProvider clock, CancellationToken ct)
    {
        if (await ResolveAsync(db, code, ct) is not ({ } tracking, { } report)) return null;
        var ward = await db.Wards.AsNoTracking().Where(w => w.TenantCode == report.TenantCode).Select(w => w.Name).FirstOrDefaultAsync(ct) ?? report.TenantCode;
        var history = await db.History.AsNoTracking().Where(h => h.ReportId == report.Id).ToListAsync(ct);
        var photos = await db.Photos.AsNoTracking().Where(p => p.ReportId == report.Id && p.Approved).OrderBy(p => p.UploadedAt).Select(p => p.Id).ToListAsync(ct);
        string? duplicateOf = null;
        if (tracking.ReportId != report.Id)
            duplicateOf = report.Reference;
        return PublicReportView.From(report, ward, tracking, history, photos, duplicateOf, clock.GetUtcNow());
    }

    /// <summary>The code's report; a duplicate's code follows the original it was merged into.</summary>
    private static async Task<(TrackingCode, Report)?> ResolveAsync(ReportsDbContext db, string code, CancellationToken ct)
    {
        if (TrackingCode.Normalise(code) is not { } normal) return null;
        var tracking = await db.TrackingCodes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == normal, ct);
        if (tracking is null) return null;
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == tracking.ReportId, ct);
        for (var hops = 0; report?.DuplicateOfId is { } original && hops < 5; hops++)
            report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == original, ct);
        return report is null ? null : (tracking, report);
    }

    private static async Task<Results<Ok<PublicReportView>, NotFound, ProblemHttpResult>> Confirm(string code, PublicDb publicDb, TimeProvider clock, CancellationToken ct)
    {
        await using var db = publicDb.System();
        if (await ResolveAsync(db, code, ct) is not ({ } tracking, { } report)) return NotFoundCode();
        if (!CanAnswer(tracking, report, clock)) return NotAnswerable();
        var now = clock.GetUtcNow();
        await using var ward = publicDb.ForWard(report.TenantCode, report.ProvinceCode);
        ward.Attach(report);
        ward.Move(report, ReportStatus.Verified, "confirmed", Actor.Citizen, "Người phản ánh xác nhận đã giải quyết", now);
        report.VerifiedAt = now;
        ward.PublishOnCommit(new ReportVerified(report.Id, report.TenantCode, report.ProvinceCode, report.CategoryCode, report.Unit,
            report.ReceivedOn, report.OnTime == true, now, report.NeighbourhoodId));
        await ward.SaveChangesAsync(ct);
        return TypedResults.Ok((await ViewAsync(db, code, clock, ct))!);
    }

    private static async Task<Results<Ok<PublicReportView>, NotFound, ProblemHttpResult, ValidationProblem>> Reopen(string code, ReopenRequest request,
        PublicDb publicDb, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request.Reason, 1000, "Lý do");
        if (errors.Any) return errors.ToProblem();
        await using var db = publicDb.System();
        if (await ResolveAsync(db, code, ct) is not ({ } tracking, { } report)) return NotFoundCode();
        if (!CanAnswer(tracking, report, clock)) return NotAnswerable();
        var now = clock.GetUtcNow();
        await using var ward = publicDb.ForWard(report.TenantCode, report.ProvinceCode);
        ward.Attach(report);
        ward.Move(report, ReportStatus.Assigned, "reopened", Actor.Citizen, "Người phản ánh cho biết chưa giải quyết" + (reason is null ? "" : $": {reason}"), now);
        report.ReopenCount++;
        ward.PublishOnCommit(new ReportReopened(report.Id, report.TenantCode, report.ProvinceCode, report.CategoryCode, reason, now));
        await ward.SaveChangesAsync(ct);
        return TypedResults.Ok((await ViewAsync(db, code, clock, ct))!);
    }

    private static async Task<Results<Ok<PublicReportView>, NotFound, ProblemHttpResult, ValidationProblem>> Rate(string code, RateRequest request,
        PublicDb publicDb, TimeProvider clock, CancellationToken ct)
    {
        if (request.Rating is not (>= 1 and <= 5))
            return new FieldErrors().Add("rating", "out_of_range", "Hãy chấm từ 1 đến 5 sao.").ToProblem();
        await using var db = publicDb.System();
        if (await ResolveAsync(db, code, ct) is not ({ } tracking, { } report)) return NotFoundCode();
        if (!tracking.IsReporter || tracking.ReportId != report.Id || report.Status is not (ReportStatus.Resolved or ReportStatus.Verified))
            return NotAnswerable();
        await using var ward = publicDb.ForWard(report.TenantCode, report.ProvinceCode);
        ward.Attach(report);
        report.Rating = request.Rating;
        await ward.SaveChangesAsync(ct);
        return TypedResults.Ok((await ViewAsync(db, code, clock, ct))!);
    }

    private static bool CanAnswer(TrackingCode tracking, Report report, TimeProvider clock) =>
        tracking.IsReporter && tracking.ReportId == report.Id && report.Status == ReportStatus.Resolved
        && clock.GetUtcNow() <= report.ResolvedAt + PublicReportView.ConfirmWindow;

    private static async Task<Results<FileContentHttpResult, NotFound>> Photo(Guid id, PublicDb publicDb, CancellationToken ct)
    {
        await using var db = publicDb.System();
        var photo = await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Approved, ct);
        return photo is null ? TypedResults.NotFound() : TypedResults.File(photo.Content, photo.ContentType);
    }

    private static NotFound NotFoundCode() => TypedResults.NotFound();

    private static ProblemHttpResult NotAnswerable() => FieldErrors.Conflict("Không thực hiện được",
        "Chỉ người gửi phản ánh được xác nhận hoặc báo chưa giải quyết, trong 7 ngày sau khi phường báo đã giải quyết.", "not_answerable");

    private static double? Number(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)) return number;
        errors.Add(field, "invalid", "Tọa độ không hợp lệ.");
        return null;
    }

    private static bool IsTrue(string? value) => value is "true" or "on" or "1";
}
