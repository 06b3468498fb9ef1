using WardPlatform.Directory.Organisation;

namespace WardPlatform.Directory.Integrations;

/// <summary>A machine client as the API shows it: never its secret.</summary>
public sealed record MachineClientDto(string ClientId, string DisplayName, string Role, string RoleLabel, string TenantCode,
    string ProvinceCode, string? CreatedById, string? CreatedByName, DateTimeOffset CreatedAt)
{
    public static MachineClientDto From(MachineClientRegistration r) => new(r.ClientId, r.DisplayName, r.Role,
        OrganisationLabels.Role(r.Role), r.TenantCode, r.ProvinceCode, r.CreatedById, r.CreatedByName, r.CreatedAt);
}

/// <summary>The answer to a registration: the only time the secret is shown; the directory keeps only its hash.</summary>
public sealed record RegisteredMachineClientDto(MachineClientDto Client, string ClientSecret);
