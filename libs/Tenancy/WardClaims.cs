namespace WardPlatform.Tenancy;

/// <summary>The claims every access token carries, whoever issued it (our directory, Keycloak, VNeID).</summary>
public static class WardClaims
{
    /// <summary>The ward's code for ward staff, the province's code for province staff.</summary>
    public const string Tenant = "ward_tenant";
    /// <summary>The province the tenant belongs to (equal to <see cref="Tenant"/> for province staff).</summary>
    public const string Province = "ward_province";
    public const string Role = "ward_role";
}

/// <summary>The roles of DOMAIN.md. Ward roles act within one ward; province roles read the whole province.</summary>
public static class WardRoles
{
    public const string WardOfficer = "ward_officer";
    public const string WardAppraiser = "ward_appraiser";
    public const string WardChairman = "ward_chairman";
    public const string WardAdministrator = "ward_admin";
    public const string ProvinceOfficial = "province_official";
    /// <summary>The province's leadership (Lãnh đạo UBND tỉnh): issues and closes the province's plans.</summary>
    public const string ProvinceLeader = "province_leader";
    public const string ProvinceAdministrator = "province_admin";
    public const string PlatformAdministrator = "platform_admin";

    public static readonly IReadOnlySet<string> WardLevel = new HashSet<string> { WardOfficer, WardAppraiser, WardChairman, WardAdministrator };
    public static readonly IReadOnlySet<string> ProvinceLevel = new HashSet<string> { ProvinceOfficial, ProvinceLeader, ProvinceAdministrator };
}
