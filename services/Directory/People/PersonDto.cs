using WardPlatform.Directory.Organisation;

namespace WardPlatform.Directory.People;

/// <summary>A person as the API shows them: never their password hash.</summary>
public sealed record PersonDto(
    Guid Id, string UserName, string DisplayName, string Role, string RoleLabel, string TenantCode, string ProvinceCode,
    Guid? UnitId, string? Email, string? Phone, bool IsActive, DateTimeOffset CreatedAt)
{
    public static PersonDto From(Person p) => new(p.Id, p.UserName, p.DisplayName, p.Role, OrganisationLabels.Role(p.Role),
        p.TenantCode, p.ProvinceCode, p.UnitId, p.Email, p.Phone, p.IsActive, p.CreatedAt);
}
