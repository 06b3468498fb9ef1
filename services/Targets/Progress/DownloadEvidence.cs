using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Targets.Data;

namespace WardPlatform.Targets.Progress;

/// <summary>GET /targets/{id}/evidence/{fileId}: an evidence file as uploaded (another ward's is 404).</summary>
public static class DownloadEvidence
{
    public static async Task<Results<FileContentHttpResult, NotFound>> HandleAsync(Guid id, Guid fileId, TargetsDbContext db, CancellationToken ct) =>
        await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.TargetId == id, ct) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();
}
