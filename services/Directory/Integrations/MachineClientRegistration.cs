using Microsoft.EntityFrameworkCore;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Integrations;

/// <summary>
/// The tenant-owned record of a machine client (its OpenIddict application holds the hashed secret and the claims it
/// acts with). Saved in the same SaveChanges as the application, so the audit interceptor records each registration
/// and revocation, and the tenant filters decide who sees it.
/// </summary>
public sealed class MachineClientRegistration : ITenantOwned
{
    public required string ClientId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string DisplayName { get; init; }
    /// <summary>The role every token of the client carries (one of <see cref="WardRoles"/>, never an administrator's).</summary>
    public required string Role { get; init; }
    public string? CreatedById { get; init; }
    public string? CreatedByName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public static class MachineClientRegistrationModel
{
    public const int MaxClientIdLength = 64;
    public const int MaxDisplayNameLength = 100;

    public static ModelBuilder AddMachineClientRegistrations(this ModelBuilder model) => model.Entity<MachineClientRegistration>(entity =>
    {
        entity.ToTable("machine_client_registrations");
        entity.HasKey(r => r.ClientId);
        entity.Property(r => r.ClientId).HasMaxLength(MaxClientIdLength);
        entity.Property(r => r.TenantCode).HasMaxLength(20);
        entity.Property(r => r.ProvinceCode).HasMaxLength(20);
        entity.Property(r => r.DisplayName).HasMaxLength(MaxDisplayNameLength);
        entity.Property(r => r.Role).HasMaxLength(40);
        entity.Property(r => r.CreatedById).HasMaxLength(100);
        entity.Property(r => r.CreatedByName).HasMaxLength(200);
        entity.HasIndex(r => r.TenantCode);
        entity.HasIndex(r => r.ProvinceCode);
    });
}
