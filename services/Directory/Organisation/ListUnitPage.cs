using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;
using WardPlatform.Http;

namespace WardPlatform.Directory.Organisation;

/// <summary>One page of units and how many the filters keep in all.</summary>
public sealed record UnitPage(int Page, int PageSize, int Total, IReadOnlyList<UnitDto> Items);

/// <summary>
/// <c>GET /units/page</c>: the units the caller may see (a province's: its own and every ward's, some 1,300), a page at a
/// time. <c>tenantCode</c> keeps one ward's (or the province's own); <c>q</c> matches name and short name ignoring case
/// and diacritics ("tam phuoc" finds "Công an phường Tam Phước").
/// </summary>
public static class ListUnitPage
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxQueryLength = 100;

    public static async Task<Results<Ok<UnitPage>, ValidationProblem>> HandleAsync(DirectoryDbContext db,
        string? q, string? tenantCode, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (number, size) = errors.Page(page, pageSize, DefaultPageSize, MaxPageSize, "đơn vị");
        if (q?.Length > MaxQueryLength) errors.Add("q", "too_long", $"Từ khóa tìm kiếm không được dài quá {MaxQueryLength} ký tự.");
        if (tenantCode?.Trim().Length > 20) errors.Add("tenantCode", "too_long", "Mã xã, phường không được dài quá 20 ký tự.");
        if (errors.Any) return errors.ToProblem();

        var units = db.Units.AsNoTracking();
        var tenant = tenantCode?.Trim();
        if (!string.IsNullOrEmpty(tenant)) units = units.Where(u => u.TenantCode == tenant);
        var folded = VietnameseText.Fold(q);
        if (folded.Length > 0) units = units.Where(u => u.SearchName.Contains(folded));

        var total = await units.CountAsync(ct);
        var found = await units.OrderBy(u => u.TenantCode).ThenBy(u => u.Name).ThenBy(u => u.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new UnitPage(number, size, total, found.Select(UnitDto.From).ToList()));
    }
}
