using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using WardPlatform.Tenancy;

namespace WardPlatform.Testing;

/// <summary>A caller as the services see one: the claims of a token.</summary>
public sealed record TestUser(string Subject, string Role, string Tenant, string Province, string Name = "Người thử")
{
    public const string ProvinceCode = "75";
    public const string OtherProvinceCode = "72";
    public const string TamPhuoc = "26068";
    public const string BinhPhuoc = "25432";
    public const string OtherProvinceWard = "25480";

    public static TestUser WardOfficer(string ward = TamPhuoc, string province = ProvinceCode) =>
        new($"officer-{ward}", WardRoles.WardOfficer, ward, province);
    public static TestUser WardChairman(string ward = TamPhuoc, string province = ProvinceCode) =>
        new($"chairman-{ward}", WardRoles.WardChairman, ward, province, "Chủ tịch thử");
    public static TestUser WardAdmin(string ward = TamPhuoc, string province = ProvinceCode) =>
        new($"admin-{ward}", WardRoles.WardAdministrator, ward, province);
    public static TestUser ProvinceOfficial(string province = ProvinceCode) =>
        new($"official-{province}", WardRoles.ProvinceOfficial, province, province);
    public static TestUser ProvinceLeader(string province = ProvinceCode) =>
        new($"leader-{province}", WardRoles.ProvinceLeader, province, province, "Lãnh đạo thử");
    public static TestUser ProvinceAdmin(string province = ProvinceCode) =>
        new($"padmin-{province}", WardRoles.ProvinceAdministrator, province, province);
    public static TestUser PlatformAdmin() => new("platform-admin", WardRoles.PlatformAdministrator, "", "");
}

/// <summary>
/// Access tokens for services hosted in the test process: signed by a key only the test run knows, which
/// <see cref="AcceptIn"/> makes the service trust instead of fetching keys from a directory.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://tokens.test/";
    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "test-key" };

    public static string For(TestUser user, TimeSpan? lifetime = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = WardAuthentication.DefaultAudience,
        Expires = DateTime.UtcNow + (lifetime ?? TimeSpan.FromMinutes(10)),
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        Subject = new ClaimsIdentity(
        [
            new Claim("sub", user.Subject), new Claim("name", user.Name),
            new Claim(WardClaims.Role, user.Role), new Claim(WardClaims.Tenant, user.Tenant), new Claim(WardClaims.Province, user.Province),
        ]),
    });

    /// <summary>Makes the service's JWT bearer handler trust the test key (and nothing else).</summary>
    public static void AcceptIn(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.Authority = null;
            options.Configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            options.TokenValidationParameters.ValidIssuer = Issuer;
            options.TokenValidationParameters.IssuerSigningKey = Key;
        });

    public static HttpClient As(this HttpClient client, TestUser? user)
    {
        client.DefaultRequestHeaders.Authorization = user is null ? null : new("Bearer", For(user));
        return client;
    }
}
