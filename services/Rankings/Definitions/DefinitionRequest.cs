using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Rankings.Data;

namespace WardPlatform.Rankings.Definitions;

public sealed record CriterionRequest(
    string? Code, string? Area, string? Group, string? Name, decimal? Points, string? Source, string? Direction,
    decimal? Floor, decimal? Target);

public sealed record BandRequest(string? Label, decimal? MinPercent);

/// <summary>
/// A ranking definition as a province official sends it (a new series, or the next version of one), or a ward's
/// chairman or administrator for its neighbourhoods (<see cref="Level"/> "neighbourhoods", <see cref="Ward"/> its own
/// code or omitted, <see cref="Wards"/> then neighbourhood ids).
/// </summary>
public sealed record DefinitionRequest(
    string? Name, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? Cluster, List<string>? Wards,
    decimal? TotalPoints, string? Normalisation, decimal? BonusCapPercent, decimal? MinCoveragePercent, int? Precision,
    List<CriterionRequest>? Criteria, List<BandRequest>? Bands, string? Level = null, string? Ward = null)
{
    public string LevelOrDefault => string.IsNullOrWhiteSpace(Level) ? RankingLevels.Wards : Level.Trim();
    public bool RanksNeighbourhoods => LevelOrDefault == RankingLevels.Neighbourhoods;

    /// <summary>Validates every field (naming it) and, when all is well, gives the method to store.</summary>
    public async Task<(MethodSpec? Method, FieldErrors Errors)> ValidateAsync(RankingsDbContext db, string province, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.RequireText("name", VietnameseText.Clean(Name), 500, "Tên bảng xếp hạng");
        if (PeriodStart is null) errors.Add("periodStart", "required", "Cần nêu ngày bắt đầu kỳ xếp hạng.");
        if (PeriodEnd is null) errors.Add("periodEnd", "required", "Cần nêu ngày kết thúc kỳ xếp hạng.");
        if (PeriodStart > PeriodEnd) errors.Add("periodEnd", "period_reversed", "Ngày kết thúc kỳ phải sau ngày bắt đầu.");
        if (Cluster is { Length: > 200 }) errors.Add("cluster", "too_long", "Tên khối thi đua không được dài quá 200 ký tự.");
        if (LevelOrDefault is not (RankingLevels.Wards or RankingLevels.Neighbourhoods))
            errors.Add("level", "unknown_level", "Đối tượng xếp hạng là “wards” (các xã, phường) hoặc “neighbourhoods” (các khu phố, ấp của một phường).");
        foreach (var (ward, i) in (Wards ?? []).Select((w, i) => (w, i)))
            if (RanksNeighbourhoods && !Guid.TryParse(ward, out _))
                errors.Add($"wards[{i}]", "invalid_neighbourhood", "Mã khu phố, ấp không hợp lệ (mã trong danh mục khu phố, ấp của phường).");
            else if (!RanksNeighbourhoods && (string.IsNullOrWhiteSpace(ward) || ward.Length > 20 || !ward.All(char.IsAsciiDigit)))
                errors.Add($"wards[{i}]", "invalid_ward", "Mã xã, phường chỉ gồm chữ số (tối đa 20).");

        var total = TotalPoints ?? 100;
        if (total is not (100 or 1000)) errors.Add("totalPoints", "invalid_total", "Thang điểm là 100 hoặc 1.000 điểm.");
        var normalisation = Normalisation ?? Normalisations.DistanceToTarget;
        if (normalisation is not (Normalisations.DistanceToTarget or Normalisations.MinMax))
            errors.Add("normalisation", "unknown_normalisation", "Cách chuẩn hóa là “target” (khoảng cách tới mục tiêu) hoặc “minmax”.");
        var bonusCap = BonusCapPercent ?? 5;
        if (bonusCap is < 0 or > 20) errors.Add("bonusCapPercent", "out_of_range", "Mức trần điểm thưởng từ 0 đến 20%.");
        var coverage = MinCoveragePercent ?? 80;
        if (coverage is < 0 or > 100) errors.Add("minCoveragePercent", "out_of_range", "Tỷ lệ điểm áp dụng tối thiểu từ 0 đến 100%.");
        var precision = Precision ?? 2;
        if (precision is < 0 or > 4) errors.Add("precision", "out_of_range", "Số chữ số thập phân từ 0 đến 4.");

        var criteria = new List<CriterionSpec>();
        if (Criteria is not { Count: > 0 }) errors.Add("criteria", "required", "Cần ít nhất một tiêu chí.");
        foreach (var (c, i) in (Criteria ?? []).Select((c, i) => (c, i)))
            if (await CriterionAsync(c, i, normalisation, RanksNeighbourhoods, db, province, errors, ct) is { } spec) criteria.Add(spec);
        if (criteria.GroupBy(c => c.Code).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors.Add("criteria", "duplicate_code", $"Mã tiêu chí “{twice.Key}” bị trùng.");
        if (Criteria is { Count: > 0 } && criteria.Count == Criteria.Count && criteria.Sum(c => c.Points) != total)
            errors.Add("criteria", "weights_sum", string.Create(CultureInfo.InvariantCulture,
                $"Tổng điểm các tiêu chí là {criteria.Sum(c => c.Points):0.####}, phải bằng thang điểm {total:0}."));

        var bands = new List<BandSpec>();
        foreach (var (b, i) in (Bands ?? []).Select((b, i) => (b, i)))
        {
            var label = VietnameseText.Clean(b.Label);
            if (string.IsNullOrWhiteSpace(label) || label.Length > 50) errors.Add($"bands[{i}].label", "required", "Cần tên xếp loại (tối đa 50 ký tự).");
            if (b.MinPercent is not (>= 0 and <= 100)) errors.Add($"bands[{i}].minPercent", "out_of_range", "Ngưỡng xếp loại từ 0 đến 100%.");
            else if (!string.IsNullOrWhiteSpace(label)) bands.Add(new BandSpec(label, b.MinPercent.Value));
        }
        if (bands.Select(b => b.MinPercent).Distinct().Count() != bands.Count)
            errors.Add("bands", "duplicate_threshold", "Hai xếp loại không được có cùng ngưỡng.");

        if (errors.Any) return (null, errors);
        return (new MethodSpec(total, normalisation, bonusCap, coverage, precision, criteria,
            bands.Count > 0 ? [.. bands.OrderByDescending(b => b.MinPercent)] : MethodSpec.DefaultBands), errors);
    }

    private static async Task<CriterionSpec?> CriterionAsync(CriterionRequest c, int i, string normalisation, bool neighbourhoods,
        RankingsDbContext db, string province, FieldErrors errors, CancellationToken ct)
    {
        var before = errors.Count;
        var field = $"criteria[{i}]";
        var name = VietnameseText.Clean(c.Name);
        var area = VietnameseText.Clean(c.Area);
        errors.RequireText($"{field}.name", name, 500, "Tên tiêu chí");
        errors.RequireText($"{field}.area", area, 200, "Lĩnh vực");
        if (c.Group is { Length: > 200 }) errors.Add($"{field}.group", "too_long", "Tên tiêu chí cha không được dài quá 200 ký tự.");
        var code = string.IsNullOrWhiteSpace(c.Code) ? $"c{i + 1}" : c.Code.Trim();
        if (code.Length > 20) errors.Add($"{field}.code", "too_long", "Mã tiêu chí không được dài quá 20 ký tự.");
        if (c.Points is not > 0) errors.Add($"{field}.points", "invalid_points", "Điểm của tiêu chí phải lớn hơn 0.");

        var source = SourceRef.Parse(c.Source);
        if (source is null)
            errors.Add($"{field}.source", "unknown_source",
                "Nguồn số liệu không rõ: dùng target:{mã chỉ tiêu của tỉnh}, metric:{tên chỉ số} hoặc entered:{mã}.");
        else if (neighbourhoods && !RankingLevels.HasNeighbourhoodValues(source))
            errors.Add($"{field}.source", "not_for_neighbourhoods",
                "Nguồn số liệu này không có theo khu phố, ấp (chỉ tiêu, kế hoạch, khen thưởng là của phường): dùng metric:reports-on-time, "
                + "metric:incidents, metric:relapse-rate hoặc entered:{mã}.");
        else if (source.TargetId is { } id && !await db.Targets.IgnoreQueryFilters()
                     .AnyAsync(t => t.TargetId == id && t.ProvinceCode == province && t.TenantCode == province, ct))
            errors.Add($"{field}.source", "unknown_source", "Không có chỉ tiêu này trong kế hoạch của tỉnh.");
        else if (source is { Name: Metrics.PlanCascaded, Parameter: null })
            errors.Add($"{field}.source", "unknown_source", "Cần nêu số kế hoạch của tỉnh: metric:plan-cascaded:{số kế hoạch}.");
        else if (source is { Name: Metrics.Incidents, Parameter: { } year } && !(int.TryParse(year, out var y) && y is >= 2000 and <= 2100))
            errors.Add($"{field}.source", "unknown_source", "Năm gốc không hợp lệ: metric:incidents:{năm}.");

        var direction = c.Direction ?? Directions.Higher;
        if (direction is not (Directions.Higher or Directions.Lower))
            errors.Add($"{field}.direction", "unknown_direction", "Chiều đánh giá là “higher” (càng cao càng tốt) hoặc “lower”.");
        decimal floor = c.Floor ?? 0, target = c.Target ?? 0;
        if (normalisation == Normalisations.DistanceToTarget)
        {
            if (c.Floor is null) errors.Add($"{field}.floor", "required", "Cần nêu mức sàn.");
            if (c.Target is null) errors.Add($"{field}.target", "required", "Cần nêu mức mục tiêu.");
            else if (c.Floor is not null && direction == Directions.Higher && floor >= target)
                errors.Add($"{field}.floor", "floor_above_target", "Mức sàn phải thấp hơn mức mục tiêu.");
            else if (c.Floor is not null && direction == Directions.Lower && floor <= target)
                errors.Add($"{field}.floor", "floor_below_target", "Chỉ tiêu càng thấp càng tốt: mức sàn phải cao hơn mức mục tiêu.");
        }
        if (errors.Count > before) return null;
        return new CriterionSpec(code, area!, VietnameseText.Clean(c.Group), name!, c.Points!.Value, c.Source!.Trim(), direction, floor, target);
    }
}
