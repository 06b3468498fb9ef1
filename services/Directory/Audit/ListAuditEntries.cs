using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Directory.Data;
using WardPlatform.Http;

namespace WardPlatform.Directory.Audit;

public sealed record AuditEntryDto(Guid AuditId, DateTimeOffset At, string Service, string TenantCode, string ProvinceCode,
    string? ActorId, string? ActorName, string? ActorRole, string Action, string Subject, string? SubjectId, string Outcome,
    string? Detail, DateTimeOffset RecordedAt);

public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditEntryDto> Items);

public static class ListAuditEntries
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = 100_000;

    /// <summary>
    /// The audit log newest first, as far as the caller's scope reaches (the tenant query filter): a ward's
    /// administrators their ward, province staff every ward of the province and the province itself, platform
    /// administrators everything (anonymous callers' denials included). <paramref name="from"/> and
    /// <paramref name="to"/> are days in UTC, both included.
    /// </summary>
    public static async Task<Results<Ok<AuditPage>, ValidationProblem>> HandleAsync(DirectoryDbContext db,
        int? page, int? pageSize, DateOnly? from, DateOnly? to, string? outcome, string? service, CancellationToken ct)
    {
        var pageNumber = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var errors = new FieldErrors();
        if (pageNumber is < 1 or > MaxPage) errors.Add("page", "out_of_range", $"Số trang phải từ 1 đến {MaxPage}.");
        if (size is < 1 or > MaxPageSize) errors.Add("pageSize", "out_of_range", $"Số dòng mỗi trang phải từ 1 đến {MaxPageSize}.");
        if (from is not null && to is not null && to < from) errors.Add("to", "before_from", "Ngày kết thúc không được trước ngày bắt đầu.");
        if (outcome is not null && outcome is not (AuditOutcomes.Succeeded or AuditOutcomes.Denied))
            errors.Add("outcome", "invalid", $"Kết quả chỉ được là \"{AuditOutcomes.Succeeded}\" hoặc \"{AuditOutcomes.Denied}\".");
        if (service is not null && !ResourceNames.Services.Contains(service))
            errors.Add("service", "invalid", $"Không có dịch vụ này; chọn một trong: {string.Join(", ", ResourceNames.Services)}.");
        if (errors.Any) return errors.ToProblem();

        var entries = db.AuditEntries.AsNoTracking();
        if (from is { } first) entries = entries.Where(e => e.At >= StartOfDay(first));
        if (to is { } last) entries = entries.Where(e => e.At < StartOfDay(last.AddDays(1)));
        if (outcome is not null) entries = entries.Where(e => e.Outcome == outcome);
        if (service is not null) entries = entries.Where(e => e.Service == service);

        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.AuditId)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(e => new AuditEntryDto(e.AuditId, e.At, e.Service, e.TenantCode, e.ProvinceCode, e.ActorId, e.ActorName,
                e.ActorRole, e.Action, e.Subject, e.SubjectId, e.Outcome, e.Detail, e.RecordedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new AuditPage(pageNumber, size, total, items));
    }

    private static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
