using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Tokens;

/// <summary>
/// A personal API token for scripts: the secret is shown once at creation; only its SHA-256 is kept. It acts
/// as its person (same tenant and role) until it expires or is revoked.
/// </summary>
public sealed class PersonalAccessToken : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; init; }
    /// <summary>Hex SHA-256 of the whole secret.</summary>
    public required string SecretHash { get; init; }
    /// <summary>The secret's first characters, so a person can tell tokens apart in a list.</summary>
    public required string Prefix { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
