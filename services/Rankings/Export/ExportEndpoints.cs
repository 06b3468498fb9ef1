using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Live;
using WardPlatform.Rankings.Publishing;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Export;

/// <summary>Ward names for the export, as the directory gives them to the caller (the gateway sends them).</summary>
public sealed record ExportRequest(Dictionary<string, string>? Names);

public static class ExportEndpoints
{
    public static async Task<Results<FileContentHttpResult, NotFound>> WorkbookAsync(Guid id, ExportRequest? request, RankingsDbContext db,
        TenantScope scope, CancellationToken ct)
    {
        if (await PublishEndpoints.GetAsync(id, db, scope, ct) is not { Result: Ok<RankingView> { Value: { } view } }) return TypedResults.NotFound();
        var names = (request?.Names ?? []).Where(n => n.Value.Length <= 200).ToDictionary(n => n.Key, n => n.Value);
        return TypedResults.File(RankingWorkbook.Build(view, names), RankingWorkbook.ContentType,
            $"xep-hang-{view.Definition.PeriodEnd:yyyy}-v{view.Definition.Version}.xlsx");
    }
}
