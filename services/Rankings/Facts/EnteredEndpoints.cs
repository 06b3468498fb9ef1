using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Facts;

/// <summary>
/// One unit's entered value: a number, or "không áp dụng" (notApplicable), with the record it comes from. The unit is a
/// ward's code when the province enters, a neighbourhood's id when a ward's chairman or administrator does.
/// </summary>
public sealed record EnteredRow(string? Ward, decimal? Value, bool? NotApplicable, string? Record);

public sealed record EnteredRequest(string? Key, int? Year, List<EnteredRow>? Rows);

public sealed record AdjustmentRequest(string? Ward, decimal? Points, string? Reason, string? Record);

/// <summary>
/// Values entered per unit (PAR Index, SIPAS… per ward by the province; per neighbourhood by the ward's managers) and
/// bonus or penalty items (by whoever manages the ranking series).
/// </summary>
public static class EnteredEndpoints
{
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> PutValuesAsync(EnteredRequest request,
        RankingsDbContext db, TenantScope scope, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var neighbourhoods = RankingAccess.IsWardManager(scope, user);
        if (!neighbourhoods && !RankingAccess.IsProvinceStaff(scope)) return RankingAccess.ProvinceOnly();
        var errors = new FieldErrors();
        if (request.Key is null || !EnteredKeys.IsValid(request.Key))
            errors.Add("key", "invalid_key", "Mã số liệu gồm chữ thường không dấu, chữ số và dấu gạch (tối đa 50 ký tự).");
        if (request.Year is not (>= 2000 and <= 2100)) errors.Add("year", "invalid_year", "Năm không hợp lệ.");
        if (request.Rows is not { Count: > 0 }) errors.Add("rows", "required", "Cần ít nhất một dòng số liệu.");
        foreach (var (row, i) in (request.Rows ?? []).Select((r, i) => (r, i)))
        {
            if (neighbourhoods && !Guid.TryParse(row.Ward, out _))
                errors.Add($"rows[{i}].ward", "invalid_neighbourhood", "Phường, xã nhập số liệu cho khu phố, ấp của mình: cần mã khu phố, ấp.");
            else if (!neighbourhoods && (string.IsNullOrWhiteSpace(row.Ward) || row.Ward.Length > 20 || !row.Ward.All(char.IsAsciiDigit)))
                errors.Add($"rows[{i}].ward", "invalid_ward", "Mã xã, phường chỉ gồm chữ số.");
            if (row.Value is null && row.NotApplicable != true) errors.Add($"rows[{i}].value", "required", "Cần số liệu, hoặc ghi “không áp dụng”.");
            errors.RequireText($"rows[{i}].record", VietnameseText.Clean(row.Record), 500, "Nguồn (văn bản, quyết định công bố)");
        }
        if (request.Rows?.GroupBy(r => r.Ward).Any(g => g.Count() > 1) == true) errors.Add("rows", "duplicate_ward", "Một xã, phường chỉ có một dòng.");
        if (errors.Any) return errors.ToProblem();

        var rows = neighbourhoods ? request.Rows!.Select(r => r with { Ward = Guid.Parse(r.Ward!).ToString() }).ToList() : request.Rows!;
        await StoreAsync(request.Key!, request.Year!.Value, rows, db, scope, clock, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Stores checked rows for one key and year (a ward's earlier value replaced), in one SaveChanges.</summary>
    public static async Task<int> StoreAsync(string key, int year, IReadOnlyList<EnteredRow> rows, RankingsDbContext db, TenantScope scope,
        TimeProvider clock, CancellationToken ct)
    {
        var existing = await db.EnteredValues.Where(v => v.TenantCode == scope.Tenant && v.Key == key && v.Year == year).ToListAsync(ct);
        foreach (var row in rows)
        {
            var value = existing.FirstOrDefault(v => v.WardCode == row.Ward);
            if (value is null)
            {
                value = new EnteredValue
                {
                    Id = Guid.NewGuid(), TenantCode = scope.Tenant, ProvinceCode = scope.Province, Key = key, WardCode = row.Ward!.Trim(),
                    Year = year, Record = "",
                };
                db.EnteredValues.Add(value);
            }
            value.Value = row.NotApplicable == true ? null : row.Value;
            value.NotApplicable = row.NotApplicable == true;
            value.Record = VietnameseText.Clean(row.Record)!;
            value.EnteredAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    public static async Task<Results<Created<Adjustment>, NotFound, ValidationProblem, ProblemHttpResult>> AddAdjustmentAsync(Guid seriesId,
        AdjustmentRequest request, RankingsDbContext db, TenantScope scope, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (await RankingAccess.Definitions(db, scope).FirstOrDefaultAsync(d => d.SeriesId == seriesId, ct) is not { } series) return TypedResults.NotFound();
        if (!RankingAccess.Manages(scope, user, series)) return RankingAccess.NotManager(series);
        var neighbourhoods = series.Level == RankingLevels.Neighbourhoods;
        var errors = new FieldErrors();
        if (neighbourhoods && !Guid.TryParse(request.Ward, out _)) errors.Add("ward", "invalid_neighbourhood", "Cần mã khu phố, ấp.");
        else if (!neighbourhoods && (string.IsNullOrWhiteSpace(request.Ward) || !request.Ward.All(char.IsAsciiDigit)))
            errors.Add("ward", "invalid_ward", "Mã xã, phường chỉ gồm chữ số.");
        if (request.Points is not { } points || points == 0 || Math.Abs(points) > 1000)
            errors.Add("points", "invalid_points", "Điểm thưởng (dương) hoặc điểm trừ (âm) khác 0.");
        errors.RequireText("reason", VietnameseText.Clean(request.Reason), 1000, "Lý do");
        errors.RequireText("record", VietnameseText.Clean(request.Record), 500, "Văn bản làm căn cứ");
        if (errors.Any) return errors.ToProblem();
        var adjustment = new Adjustment
        {
            Id = Guid.NewGuid(), SeriesId = seriesId, TenantCode = scope.Tenant, ProvinceCode = scope.Province,
            WardCode = neighbourhoods ? Guid.Parse(request.Ward!).ToString() : request.Ward!.Trim(),
            Points = request.Points!.Value, Reason = VietnameseText.Clean(request.Reason)!, Record = VietnameseText.Clean(request.Record)!,
            EnteredAt = clock.GetUtcNow(),
        };
        db.Adjustments.Add(adjustment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/definitions/series/{seriesId}/adjustments/{adjustment.Id}", adjustment);
    }
}
