namespace WardPlatform.Rankings.Definitions;

/// <summary>
/// One criterion (tiêu chí): its area (lĩnh vực) and optional group (tiêu chí, when this is a tiêu chí thành phần),
/// points, source, direction ("higher" or "lower" is better) and, for distance to a target, floor and target.
/// </summary>
public sealed record CriterionSpec(
    string Code, string Area, string? Group, string Name, decimal Points, string Source, string Direction,
    decimal Floor, decimal Target)
{
    public bool LowerIsBetter => Direction == Directions.Lower;
}

/// <summary>A band (xếp loại): the label a ward gets from <see cref="MinPercent"/> of the maximum up.</summary>
public sealed record BandSpec(string Label, decimal MinPercent);

/// <summary>How scores are computed: everything the pure scorer needs, frozen with each definition version.</summary>
public sealed record MethodSpec(
    decimal TotalPoints, string Normalisation, decimal BonusCapPercent, decimal MinCoveragePercent, int Precision,
    IReadOnlyList<CriterionSpec> Criteria, IReadOnlyList<BandSpec> Bands)
{
    public static readonly IReadOnlyList<BandSpec> DefaultBands =
        [new("A", 90), new("B", 80), new("C", 65), new("D", 0)];
}

public static class Directions
{
    public const string Higher = "higher";
    public const string Lower = "lower";
}

public static class Normalisations
{
    /// <summary>points × clamp((value − floor) / (target − floor), 0, 1): a ward's score does not depend on the others.</summary>
    public const string DistanceToTarget = "target";
    /// <summary>(value − min) / (max − min) across the wards of the ranking that reported (reversed when lower is better).</summary>
    public const string MinMax = "minmax";
}
