using WardPlatform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Status;

namespace WardPlatform.Targets.Board;

/// <summary>GET /plans/{planId}/board.xlsx: the board as the Excel report a ward sends upward.</summary>
public static class ExportBoard
{
    public static async Task<Results<FileContentHttpResult, NotFound>> HandleAsync(Guid planId, TargetsDbContext db, WardNames wards,
        TimeProvider clock, CancellationToken ct)
    {
        if (await BoardQueries.LoadPlanAsync(planId, db, ct) is not { } board) return TypedResults.NotFound();
        var today = clock.Today();
        var bytes = BoardWorkbook.Build(board, wards.Of(board.Plan.TenantCode), today);
        var fileName = $"tien-do-chi-tieu-{board.Plan.Number.Replace('/', '-')}-{today:yyyyMMdd}.xlsx";
        return TypedResults.File(bytes, BoardWorkbook.ContentType, fileName);
    }
}
