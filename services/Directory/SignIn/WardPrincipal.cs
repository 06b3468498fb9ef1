using System.Security.Claims;
using OpenIddict.Abstractions;
using Microsoft.IdentityModel.Tokens;
using WardPlatform.Directory.People;
using WardPlatform.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace WardPlatform.Directory.SignIn;

/// <summary>The claims every token of a person or machine client carries (docs/architecture.md, "Claims").</summary>
public static class WardPrincipal
{
    public static ClaimsPrincipal For(Person person, IEnumerable<string> scopes) =>
        Build(person.Id.ToString(), person.DisplayName, person.Role, person.TenantCode, person.ProvinceCode, scopes);

    public static ClaimsPrincipal Build(string subject, string name, string role, string tenant, string province, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, WardClaims.Role);
        identity.SetClaim(Claims.Subject, subject)
            .SetClaim(Claims.Name, name)
            .SetClaim(WardClaims.Role, role)
            .SetClaim(WardClaims.Tenant, tenant)
            .SetClaim(WardClaims.Province, province);
        identity.SetScopes(scopes);
        identity.SetResources(OpenIdServer.ApiScope);
        // The gateway's session needs the same facts as the services: put them in both tokens.
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
