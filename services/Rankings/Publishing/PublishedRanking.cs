using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Publishing;

/// <summary>
/// An official ranking: the definition version, every input value with its record, the SHA-256 of the inputs,
/// and the result, frozen when published. Re-scoring <see cref="InputsJson"/> under the version's method gives
/// <see cref="ResultJson"/> again.
/// </summary>
public sealed class PublishedRanking : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid DefinitionId { get; init; }
    public Guid SeriesId { get; init; }
    public int Version { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; init; }
    public string? Cluster { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public required string InputsJson { get; init; }
    public required string InputsHash { get; init; }
    public required string ResultJson { get; init; }
    /// <summary>The rank bands of the simulation run at publication (fixed seed).</summary>
    public required string BandsJson { get; init; }
    public required string PublishedBy { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
}
