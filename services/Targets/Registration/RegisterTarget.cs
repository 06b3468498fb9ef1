using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Targets.Apis;
using WardPlatform.Targets.Board;
using WardPlatform.Targets.Data;
using WardPlatform.Targets.Feeds;
using WardPlatform.Targets.Progress;
using WardPlatform.Targets.Tracking;
using WardPlatform.Tenancy;

namespace WardPlatform.Targets.Registration;

public sealed record StageRequest(decimal? Value, DateOnly? Due);
public sealed record ShareRequest(string? Unit, decimal? Value);

public sealed record RegisterTargetRequest(
    string? Text, string? Kind, decimal? Value, string? Unit, decimal? UpperValue = null, int? BaselineYear = null,
    decimal? BaselineValue = null, int? OutOf = null, List<StageRequest>? Stages = null, List<ShareRequest>? Split = null,
    string? ThemeNumber = null, string? OwnerUnit = null, string? OwnerPerson = null, DateOnly? PeriodFrom = null,
    DateOnly? PeriodTo = null, string? Source = null);

/// <summary>A target typed in by ward staff against a plan targets knows (issued): POST /plans/{planId}/targets.</summary>
public static class RegisterTarget
{
    public static async Task<Results<Created<TargetDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(
        Guid planId, RegisterTargetRequest request, TargetsDbContext db, TargetRegistrar registrar, TargetFeeds feeds, CancellationToken ct)
    {
        if (!db.Scope.HasOwnTenant) return TenantProblems.NoOwnTenant();
        var plan = await db.IssuedPlans.FirstOrDefaultAsync(p => p.PlanId == planId, ct);
        if (plan is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(plan)) return TargetProblems.ReadOnly();
        if (plan.ClosedAt is not null) return TargetProblems.PlanClosed();

        var errors = new FieldErrors();
        var definition = Validate(request, errors, feeds);
        if (definition is null || errors.Any) return errors.ToProblem();
        var last = await db.Targets.Where(t => t.PlanId == planId).MaxAsync(t => (int?)t.Ordinal, ct);
        var target = await registrar.RegisterAsync(plan, definition, (last ?? -1) + 1, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/targets/{target.Id}", TargetDto.From(target));
    }

    private static TargetDefinition? Validate(RegisterTargetRequest r, FieldErrors errors, TargetFeeds feeds)
    {
        var text = errors.Text("text", r.Text, 1000, "Nội dung chỉ tiêu", required: true);
        var unit = errors.Text("unit", r.Unit, 50, "Đơn vị tính", required: true);
        var themeNumber = errors.Text("themeNumber", r.ThemeNumber, 20, "Số nội dung", required: false);
        var ownerUnit = errors.Text("ownerUnit", r.OwnerUnit, 200, "Đơn vị chủ trì", required: false);
        var ownerPerson = errors.Text("ownerPerson", r.OwnerPerson, 200, "Người phụ trách", required: false);

        TargetKind kind = default;
        if (string.IsNullOrWhiteSpace(r.Kind))
            errors.Add("kind", "required", "Loại chỉ tiêu không được để trống.");
        else if (!Enum.TryParse(r.Kind, ignoreCase: false, out kind) || !Enum.IsDefined(kind) || int.TryParse(r.Kind, out _))
            errors.Add("kind", "unknown_kind", $"Loại chỉ tiêu không hợp lệ: chọn một trong {string.Join(", ", Enum.GetNames<TargetKind>())}.");

        if (r.Value is not { } value)
        {
            errors.Add("value", "required", "Giá trị chỉ tiêu không được để trống.");
            value = 0;
        }
        else ProgressValues.Check(errors, "value", value, unit, "Giá trị chỉ tiêu");

        switch (kind)
        {
            case TargetKind.Range when r.UpperValue is not { } upper || upper < value:
                errors.Add("upperValue", "invalid_range", "Khoảng cần có giá trị trên, không nhỏ hơn giá trị dưới.");
                break;
            case TargetKind.Reduction when r.BaselineYear is not (>= 1990 and <= 2100):
                errors.Add("baselineYear", "required", "Chỉ tiêu kéo giảm cần năm gốc (ví dụ 2025).");
                break;
            case TargetKind.Rank when r.OutOf is not { } outOf || outOf < 1 || outOf < value || value < 1 || value != decimal.Truncate(value):
                errors.Add("outOf", "invalid_rank", "Chỉ tiêu thứ hạng cần hạng (số nguyên từ 1) và tổng số đơn vị xếp hạng (không nhỏ hơn hạng).");
                break;
            case TargetKind.Staged when r.Stages is not { Count: > 0 } || r.Stages.Any(s => s.Value is not >= 0 || s.Due is null):
                errors.Add("stages", "required", "Chỉ tiêu theo mốc cần ít nhất một mốc, mỗi mốc có giá trị không âm và ngày đến hạn.");
                break;
            case TargetKind.SplitCount when r.Split is not { Count: > 0 } || r.Split.Any(s => string.IsNullOrWhiteSpace(s.Unit) || s.Value is not >= 0):
                errors.Add("split", "required", "Chỉ tiêu phân theo đơn vị cần danh sách đơn vị và phần được giao (không âm).");
                break;
            case TargetKind.SplitCount when r.Split!.Sum(s => s.Value!.Value) != value:
                errors.Add("split", "split_sum", "Tổng phần được giao của các đơn vị phải bằng giá trị chỉ tiêu.");
                break;
        }
        if (r.BaselineValue is < 0) errors.Add("baselineValue", "negative", "Số liệu năm gốc không được âm.");
        var split = r.Split?.Select((s, i) => new TargetShare(errors.Text($"split[{i}].unit", s.Unit, 200, "Đơn vị", required: true) ?? "", s.Value ?? 0)).ToList();
        if (r.PeriodFrom is { } from && r.PeriodTo is { } to && from >= to)
            errors.Add("periodTo", "invalid_period", "Ngày kết thúc phải sau ngày bắt đầu.");

        var source = VietnameseText.Clean(r.Source) is { Length: > 0 } s ? s : Target.ManualSource;
        if (!feeds.Knows(source))
            errors.Add("source", "unknown_source",
                $"Nguồn số liệu không hợp lệ: \"{Target.ManualSource}\" hoặc một trong {string.Join(", ", feeds.All.Select(f => Target.ComputedPrefix + f.Name))}.");

        if (errors.Any) return null;
        return new TargetDefinition(Guid.CreateVersion7(), text!, kind, value, unit!, r.UpperValue, r.BaselineYear, r.BaselineValue, r.OutOf,
            r.Stages?.Select(st => new TargetStage(st.Value!.Value, st.Due!.Value)).ToList(), split, themeNumber, ownerUnit, ownerPerson,
            r.PeriodFrom, r.PeriodTo, source);
    }
}
