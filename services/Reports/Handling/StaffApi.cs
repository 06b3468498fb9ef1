using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Handling;

/// <summary>The ward's staff at work on reports: the queue, one report with its history, the moves, photos, the reporter's contact.</summary>
public static class StaffApi
{
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/reports").WithTags("Xử lý phản ánh");
        reports.MapGet("/", QueueAsync);
        reports.MapGet("/{id:guid}", DetailAsync);
        reports.MapGet("/{id:guid}/contact", ReporterContact.HandleAsync);
        reports.MapPost("/{id:guid}/assign", (Guid id, MoveRequest body, ClaimsPrincipal user, ReportMoves moves, CancellationToken ct) => moves.AssignAsync(id, body, user, ct));
        reports.MapPost("/{id:guid}/start", (Guid id, MoveRequest body, ClaimsPrincipal user, ReportMoves moves, CancellationToken ct) => moves.StartAsync(id, body, user, ct));
        reports.MapPost("/{id:guid}/resolve", (Guid id, HttpRequest request, ClaimsPrincipal user, ReportMoves moves, CancellationToken ct) => moves.ResolveAsync(id, request, user, ct))
            .DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(Apis.PublicApi.MaxRequestBytes));
        reports.MapPost("/{id:guid}/verify", (Guid id, MoveRequest body, ClaimsPrincipal user, ReportMoves moves, CancellationToken ct) => moves.VerifyAsync(id, body, user, ct));
        reports.MapPost("/{id:guid}/reject", (Guid id, MoveRequest body, ClaimsPrincipal user, ReportMoves moves, CancellationToken ct) => moves.RejectAsync(id, body, user, ct));
        reports.MapPost("/{id:guid}/duplicate", (Guid id, MoveRequest body, ClaimsPrincipal user, ReportMoves moves, CancellationToken ct) => moves.DuplicateAsync(id, body, user, ct));
        reports.MapPost("/{id:guid}/extend", (Guid id, MoveRequest body, ClaimsPrincipal user, ReportMoves moves, CancellationToken ct) => moves.ExtendAsync(id, body, user, ct));
        reports.MapGet("/{id:guid}/photos/{photoId:guid}", PhotoAsync);
        reports.MapPost("/{id:guid}/photos/{photoId:guid}/approve", ApprovePhotoAsync);
        return app;
    }

    private static async Task<Ok<QueuePage>> QueueAsync(ReportsDbContext db, TimeProvider clock, string? category, Guid? neighbourhoodId,
        ReportStatus? status, string? unit, bool? overdue, int? page, int? pageSize, CancellationToken ct)
    {
        var today = clock.Today();
        var query = db.Reports.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(category)) query = query.Where(r => r.CategoryCode == category);
        if (neighbourhoodId is { } n) query = query.Where(r => r.NeighbourhoodId == n);
        if (status is { } s) query = query.Where(r => r.Status == s);
        if (!string.IsNullOrWhiteSpace(unit)) query = query.Where(r => r.Unit == unit);
        if (overdue == true) query = query.Where(r => ReportStatuses.Open.Contains(r.Status) && r.DueOn < today);
        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        var number = Math.Max(1, page ?? 1);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.ReceivedAt).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new QueuePage(items.Select(r => QueueItem.From(r, today)).ToList(), total, number, size));
    }

    private static async Task<Results<Ok<ReportDetail>, NotFound>> DetailAsync(Guid id, ReportsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return report is null ? TypedResults.NotFound() : TypedResults.Ok(await DetailOfAsync(db, report, clock, ct));
    }

    public static async Task<ReportDetail> DetailOfAsync(ReportsDbContext db, Report r, TimeProvider clock, CancellationToken ct)
    {
        var photos = await db.Photos.AsNoTracking().Where(p => p.ReportId == r.Id).OrderBy(p => p.UploadedAt)
            .Select(p => new PhotoDto(p.Id, p.Kind, p.Approved, p.Width, p.Height)).ToListAsync(ct);
        var history = await db.History.AsNoTracking().Where(h => h.ReportId == r.Id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(ct);
        return new ReportDetail(QueueItem.From(r, clock.Today()), r.Description, r.Latitude, r.Longitude, r.Channel, r.PlaceId, r.ResolvedOn,
            r.ResolutionNote, r.OnTime, r.ExtensionReason, r.RejectReason, r.DuplicateOfId, r.Rating, r.ReopenCount, photos,
            history.Select(h => new HistoryDto(h.At, h.From, h.To, ReportStatuses.Label(h.To), h.Action, h.ActorName, h.Note, h.Public)).ToList());
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PhotoAsync(Guid id, Guid photoId, ReportsDbContext db, CancellationToken ct) =>
        await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.ReportId == id, ct) is { } photo
            ? TypedResults.File(photo.Content, photo.ContentType)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<PhotoDto>, NotFound, ProblemHttpResult>> ApprovePhotoAsync(Guid id, Guid photoId, ReportsDbContext db, CancellationToken ct)
    {
        var photo = await db.Photos.FirstOrDefaultAsync(p => p.Id == photoId && p.ReportId == id, ct);
        if (photo is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(photo)) return ReportProblems.ReadOnly();
        photo.Approved = true;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new PhotoDto(photo.Id, photo.Kind, photo.Approved, photo.Width, photo.Height));
    }
}
