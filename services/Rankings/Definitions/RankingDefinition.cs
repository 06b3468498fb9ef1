using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Definitions;

/// <summary>
/// One version of a ranking definition (the province's record, or a ward's for its neighbourhoods). A change is a new row with the same
/// <see cref="SeriesId"/> and the next <see cref="Version"/>; a version is never edited, so what was published
/// under it stays as it was.
/// </summary>
public sealed class RankingDefinition : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid SeriesId { get; init; }
    public int Version { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    /// <summary>The cluster (khối thi đua) ranked, when the ranking covers one; null for all the province's wards.</summary>
    public string? Cluster { get; init; }
    /// <summary><see cref="RankingLevels.Wards"/> (the province's wards) or <see cref="RankingLevels.Neighbourhoods"/> (those of the ward <see cref="TenantCode"/>).</summary>
    public string Level { get; init; } = RankingLevels.Wards;
    /// <summary>The units ranked (ward codes, or neighbourhood ids); empty: every one the facts know.</summary>
    public List<string> Wards { get; init; } = [];
    public required MethodSpec Method { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
