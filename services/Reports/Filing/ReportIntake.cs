using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging;
using WardPlatform.Reports.Calendar;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Following;
using WardPlatform.Reports.Photos;
using WardPlatform.Reports.Places;

namespace WardPlatform.Reports.Filing;

public sealed record TakenReport(Report Report, string TrackingCode);

/// <summary>
/// Takes a checked report into a ward: category and neighbourhood checked against the ward, the due date in working
/// days, routed to the category's unit, joined to its place (relapse checked), photos stored re-encoded, a reporter's
/// tracking code, and ReportReceived / ReportAssigned / RelapseDetected in the outbox: one transaction.
/// </summary>
public sealed class ReportIntake(TimeProvider clock, PlaceMatcher places)
{
    public async Task<TakenReport?> TakeAsync(ReportsDbContext db, CheckedReport input, IReadOnlyList<ReencodedPhoto> photos,
        string channel, Actor actor, FieldErrors errors, CancellationToken ct)
    {
        var scope = db.Scope;
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Code == input.CategoryCode && c.Active, ct);
        if (category is null) errors.Add("category", "unknown_category", "Loại phản ánh không có trong danh mục của phường.");
        string? neighbourhoodName = null;
        if (input.NeighbourhoodId is { } nid)
        {
            neighbourhoodName = await db.Neighbourhoods.Where(n => n.Id == nid).Select(n => n.Name).FirstOrDefaultAsync(ct);
            if (neighbourhoodName is null) errors.Add("neighbourhoodId", "unknown_neighbourhood", "Khu phố, ấp không thuộc phường đã chọn.");
        }
        if (errors.Any) return null;

        var now = clock.GetUtcNow();
        var today = VietnamClock.DateOf(now);
        var due = await new WorkingDays(db).AddAsync(today, category!.DeadlineDays, scope.Province, ct);
        var place = await places.PlaceForAsync(db, input, now, ct);
        var report = new Report
        {
            Id = Guid.CreateVersion7(),
            TenantCode = scope.Tenant,
            ProvinceCode = scope.Province,
            CategoryCode = category.Code,
            CategoryName = category.Name,
            NeighbourhoodId = input.NeighbourhoodId,
            NeighbourhoodName = neighbourhoodName,
            Street = input.Street,
            HouseNumber = input.HouseNumber,
            StreetKey = Http.VietnameseText.Fold(input.Street),
            Latitude = input.Latitude,
            Longitude = input.Longitude,
            Description = input.Description,
            ReporterName = input.ReporterName,
            ReporterPhone = input.ReporterPhone,
            Channel = channel,
            PlaceId = place.Id,
            Status = ReportStatus.Received,
            ReceivedAt = now,
            ReceivedOn = today,
            DueOn = due,
            UpdatedAt = now,
        };
        db.Reports.Add(report);
        db.Move(report, ReportStatus.Received, "received", actor, $"Hạn giải quyết: {VietnamClock.Show(due)}", now);
        db.PublishOnCommit(new ReportReceived(report.Id, report.TenantCode, report.ProvinceCode, report.CategoryCode,
            report.NeighbourhoodId, report.Latitude, report.Longitude, due, now));

        report.Unit = category.Unit;
        // Routed in the same instant it is taken: one microsecond later (PostgreSQL's precision), so the history keeps the order.
        db.Move(report, ReportStatus.Assigned, "assigned", Actor.System, $"Chuyển {category.Unit} theo loại phản ánh", now.AddMicroseconds(1));
        db.PublishOnCommit(new ReportAssigned(report.Id, report.TenantCode, report.ProvinceCode, report.CategoryCode, category.Unit, null, now));

        if (await places.PreviousResolvedAsync(db, place, report, now, ct) is { } previous)
        {
            report.IsRelapse = true;
            place.RelapseCount++;
            place.LastRelapseAt = now;
            db.History.Add(new ReportHistoryEntry
            {
                Id = Guid.CreateVersion7(), ReportId = report.Id, TenantCode = report.TenantCode, ProvinceCode = report.ProvinceCode,
                At = now, From = report.Status, To = report.Status, Action = "relapse", ActorId = Actor.System.Id, ActorName = Actor.System.Name,
                Note = $"Tái phát: nơi này đã được giải quyết phản ánh {previous.Reference} ngày {VietnamClock.Show(previous.ResolvedOn!.Value)}", Public = false,
            });
            db.PublishOnCommit(new RelapseDetected(report.Id, previous.Id, place.Id, report.TenantCode, report.ProvinceCode, report.CategoryCode, now, report.NeighbourhoodId));
        }

        foreach (var photo in photos)
            db.Photos.Add(new ReportPhoto
            {
                Id = Guid.CreateVersion7(), ReportId = report.Id, TenantCode = report.TenantCode, ProvinceCode = report.ProvinceCode,
                Kind = PhotoKind.Report, Content = photo.Content, ContentType = photo.ContentType, Width = photo.Width, Height = photo.Height,
                UploadedAt = now,
            });
        var code = TrackingCode.NewCode();
        db.TrackingCodes.Add(new TrackingCode
        {
            Code = code, ReportId = report.Id, TenantCode = report.TenantCode, ProvinceCode = report.ProvinceCode, IsReporter = true, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return new TakenReport(report, code);
    }
}
