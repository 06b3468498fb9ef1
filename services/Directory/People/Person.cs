using WardPlatform.Tenancy;

namespace WardPlatform.Directory.People;

/// <summary>
/// Someone who signs in: ward staff, province staff or a platform administrator. Their role and tenant go
/// into every token they get (see <see cref="WardClaims"/>).
/// </summary>
public sealed class Person : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>The ward's code for ward roles, the province's code for province roles.</summary>
    public required string TenantCode { get; set; }
    public required string ProvinceCode { get; set; }
    /// <summary>Sign-in name, stored lower-case (unique across the platform).</summary>
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    /// <summary>One of <see cref="WardRoles"/>.</summary>
    public required string Role { get; set; }
    /// <summary>The unit (phòng ban, công an …) the person works in, if any.</summary>
    public Guid? UnitId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>ASP.NET Core Identity's PasswordHasher output; null until a password is set.</summary>
    public string? PasswordHash { get; set; }
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}
