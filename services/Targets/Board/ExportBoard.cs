using WardPlatform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Targets.Data;

namespace WardPlatform.Targets.Board;

/// <summary>
/// GET /plans/{planId}/board.xlsx and GET /units/{unit}/board.xlsx: a board as the official report a ward signs and
/// sends (<see cref="BoardWorkbook"/>). What the caller may not see is not found, as for the boards themselves.
/// </summary>
public static class ExportBoard
{
    public static async Task<Results<FileContentHttpResult, NotFound>> HandleAsync(Guid planId, TargetsDbContext db, WardNames wards,
        TimeProvider clock, CancellationToken ct)
    {
        if (await BoardQueries.LoadPlanAsync(planId, db, ct) is not { } board) return TypedResults.NotFound();
        var today = clock.Today();
        var bytes = BoardWorkbook.Build(BoardReports.ForPlan(board, wards), today);
        return TypedResults.File(bytes, BoardWorkbook.ContentType, $"bao-cao-chi-tieu-{Slug(board.Plan.Number)}-{today:yyyyMMdd}.xlsx");
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> UnitAsync(string unit, TargetsDbContext db, WardNames wards,
        TimeProvider clock, CancellationToken ct)
    {
        var (name, rows) = await BoardQueries.LoadUnitAsync(unit, db, ct);
        if (rows.Count == 0) return TypedResults.NotFound();
        var today = clock.Today();
        var bytes = BoardWorkbook.Build(BoardReports.ForUnit(name, rows, wards), today);
        return TypedResults.File(bytes, BoardWorkbook.ContentType, $"bao-cao-chi-tieu-{Slug(name)}-{today:yyyyMMdd}.xlsx");
    }

    /// <summary>"118/KH-UBND" → "118-kh-ubnd", "Phòng Văn hóa - Xã hội" → "phong-van-hoa-xa-hoi": a file name any system keeps.</summary>
    private static string Slug(string text)
    {
        var folded = VietnameseText.Fold(text);
        var slug = new string(folded.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        while (slug.Contains("--")) slug = slug.Replace("--", "-");
        return slug.Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 60)] : "bang";
    }
}
