using System.Text.Json.Serialization;

namespace WardPlatform.Rankings.Scoring;

[JsonConverter(typeof(JsonStringEnumConverter<InputState>))]
public enum InputState
{
    /// <summary>A value was reported.</summary>
    Value,
    /// <summary>"Không áp dụng": the criterion is dropped and the ward scored on the share of the applicable maximum.</summary>
    NotApplicable,
    /// <summary>Not reported by the deadline: scores 0, never imputed.</summary>
    NotReported,
}

/// <summary>A ward's input for one criterion, with the record it came from.</summary>
public sealed record CriterionInput(string Code, InputState State, decimal? Value, string? Record);

/// <summary>A bonus (positive) or penalty (negative) item, tied to its record.</summary>
public sealed record AdjustmentInput(decimal Points, string Reason, string Record);

public sealed record WardInput(string Ward, IReadOnlyList<CriterionInput> Criteria, IReadOnlyList<AdjustmentInput> Adjustments);

public sealed record CriterionScore(string Code, InputState State, decimal? Value, decimal MaxPoints, decimal Points, string? Record);

/// <summary>
/// A ward's result. <see cref="Score"/> is rounded to the method's precision; <see cref="Rank"/> is null for a ward
/// "chưa xếp hạng" (under the minimum coverage).
/// </summary>
public sealed record WardScore(
    string Ward, decimal Score, decimal Percent, decimal CoveragePercent, bool Ranked, int? Rank, string? Band,
    decimal Earned, decimal ApplicableMax, decimal Bonus, decimal Penalty, IReadOnlyList<CriterionScore> Criteria);

public sealed record RankingResult(IReadOnlyList<WardScore> Wards);
