using System.IO.Compression;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Rules;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Upward;

public sealed record UpwardResultRequest(string? Result, string? Note);

/// <summary>
/// A province-level award (Bằng khen tỉnh, Tập thể lao động xuất sắc, Chiến sĩ thi đua cấp tỉnh): once appraised, the ward
/// sends it up ("đã gửi tỉnh", CommendationProposedUpward) and records the province's result; the dossier goes as one
/// package with a cover list.
/// </summary>
public static class UpwardApi
{
    public static async Task<Results<Ok<NominationDto>, ProblemHttpResult, NotFound>> SendAsync(Guid id, ClaimsPrincipal user,
        CommendationsDbContext db, RuleBook book, NominationViews views, TimeProvider clock, CancellationToken ct)
    {
        var n = await db.Nominations.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "gửi hồ sơ đề nghị lên tỉnh", WardRoles.WardChairman, WardRoles.WardAppraiser) is { } forbidden) return forbidden;
        var rule = await book.RuleAsync(n.ProvinceCode, n.Form, n.RecipientKind, clock.Today(), ct);
        if (rule is null || rule.DecidedByWard)
            return Problems.Conflict("not_upward", "Thuộc thẩm quyền phường", "Hình thức này do Chủ tịch UBND phường quyết định, không gửi lên tỉnh.");
        if (n.State != NominationState.Accepted)
            return Problems.Conflict("not_accepted", "Chưa thẩm định đạt", "Chỉ gửi lên tỉnh hồ sơ đã thẩm định đạt.");
        n.State = NominationState.ProposedUpward;
        n.UpwardSentAt = clock.GetUtcNow();
        db.PublishOnCommit(new CommendationProposedUpward(n.Id, n.RoundId, n.TenantCode, n.ProvinceCode, n.Form, n.RecipientKind, n.RecipientName, n.UpwardSentAt.Value));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await views.OneAsync(id, ct))!);
    }

    public static async Task<Results<Ok<NominationDto>, ValidationProblem, ProblemHttpResult, NotFound>> ResultAsync(Guid id, UpwardResultRequest request,
        ClaimsPrincipal user, CommendationsDbContext db, NominationViews views, CancellationToken ct)
    {
        var n = await db.Nominations.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "ghi kết quả của tỉnh", WardRoles.WardChairman, WardRoles.WardAppraiser) is { } forbidden) return forbidden;
        if (n.State != NominationState.ProposedUpward)
            return Problems.Conflict("not_sent", "Chưa gửi tỉnh", "Hồ sơ chưa được gửi lên tỉnh.");
        var errors = new FieldErrors();
        if (request.Result is not ("approved" or "declined"))
            errors.Add("result", "unknown_result", "Kết quả: approved (tỉnh khen thưởng) hoặc declined (tỉnh không khen thưởng).");
        var note = errors.Text("note", request.Note, 2000, "Ghi chú");
        if (errors.Any) return errors.ToProblem();
        n.UpwardResult = request.Result;
        n.UpwardNote = note;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await views.OneAsync(id, ct))!);
    }

    /// <summary>GET /nominations/{id}/package.zip: the tờ trình, the biên bản, the uploaded files and a cover list (danh mục hồ sơ).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> PackageAsync(Guid id, CommendationsDbContext db, RuleBook book,
        Documents.WardNames wards, TimeProvider clock, CancellationToken ct)
    {
        var n = await db.Nominations.AsNoTracking().Include(x => x.Files).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (n is null) return TypedResults.NotFound();
        var entries = new List<(string Name, byte[] Content, string Label)>();
        foreach (var part in new[] { "to-trinh", "bien-ban" })
            if (await Documents.DocumentsApi.DossierAsync(id, part, db, book, wards, clock, ct) is { Result: FileContentHttpResult file })
                entries.Add(($"{part}.docx", file.FileContents.ToArray(), DossierParts.Label(part == "to-trinh" ? DossierParts.Submission : DossierParts.Minutes)));
        if (!string.IsNullOrWhiteSpace(n.ReportText)) entries.Add(("bao-cao-thanh-tich.txt", Encoding.UTF8.GetBytes(n.ReportText), DossierParts.Label(DossierParts.Report)));
        foreach (var (f, i) in n.Files.Select((f, i) => (f, i)))
            entries.Add(($"{i + 1:D2}-{f.Part}-{f.FileName}", f.Content, DossierParts.Label(f.Part)));
        var cover = new StringBuilder($"DANH MỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG\r\n{n.RecipientName} — {n.NominatingUnit}\r\n\r\n");
        foreach (var (e, i) in entries.Select((e, i) => (e, i))) cover.Append($"{i + 1}. {e.Label}: {e.Name}\r\n");
        foreach (var link in n.EvidenceLinks) cover.Append($"- Minh chứng (liên kết): {link}\r\n");
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, _) in entries.Prepend(("danh-muc-ho-so.txt", Encoding.UTF8.GetBytes(cover.ToString()), "")))
            {
                await using var entry = zip.CreateEntry(name).Open();
                await entry.WriteAsync(content, ct);
            }
        }
        return TypedResults.File(stream.ToArray(), "application/zip", $"ho-so-{n.Id:N}.zip");
    }
}
