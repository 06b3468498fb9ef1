using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Targets.Apis;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Status;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Baselines;

public sealed record SetBaselineRequest(decimal? Value);

/// <summary>
/// "Kéo giảm ít nhất 20% … so với năm 2025": the baseline year's figure, which plans name but rarely state. Setting it
/// lets the status rule judge the reduction; the status is recomputed at once. <see cref="UploadBaseline"/> reads it
/// from an Excel sheet instead.
/// </summary>
public static class SetBaseline
{
    public static async Task<Results<Ok<TargetDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(
        Guid id, SetBaselineRequest request, TargetsDbContext db, TargetStatusUpdater statuses, CancellationToken ct)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(target)) return TargetProblems.ReadOnly();
        if (target.Settled) return TargetProblems.PlanClosed();

        var errors = new FieldErrors();
        if (target.Kind != TargetKind.Reduction)
            errors.Add("value", "not_a_reduction", "Chỉ chỉ tiêu kéo giảm so với năm gốc mới có số liệu năm gốc.");
        else if (request.Value is null) errors.Add("value", "required", "Số liệu năm gốc không được để trống.");
        else CheckValue(errors, "value", request.Value.Value);
        if (errors.Any) return errors.ToProblem();
        return TypedResults.Ok(await ApplyAsync(target, request.Value!.Value, db, statuses, ct));
    }

    public static void CheckValue(FieldErrors errors, string field, decimal value)
    {
        if (value <= 0) errors.Add(field, "not_positive", "Số liệu năm gốc phải lớn hơn 0.");
        else if (value > 1_000_000_000) errors.Add(field, "absurd", "Số liệu năm gốc quá lớn.");
    }

    public static async Task<TargetDto> ApplyAsync(Target target, decimal value, TargetsDbContext db, TargetStatusUpdater statuses, CancellationToken ct)
    {
        target.BaselineValue = value;
        var readings = await statuses.ReadingsOfAsync([target.Id], ct);
        statuses.Apply(target, readings.GetValueOrDefault(target.Id) ?? []);
        await db.SaveChangesAsync(ct);
        return TargetDto.From(target);
    }
}
