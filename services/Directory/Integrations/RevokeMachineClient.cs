using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using WardPlatform.Directory.Data;

namespace WardPlatform.Directory.Integrations;

/// <summary>
/// Revokes a machine client: its OpenIddict application and the tokens stored for it are deleted with the
/// registration, in one SaveChanges, so it gets no new token. Another tenant's client is a 404.
/// </summary>
public static class RevokeMachineClient
{
    public static async Task<IResult> HandleAsync(string clientId, ClaimsPrincipal user, DirectoryDbContext db,
        IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        if (await db.MachineClientRegistrations.FirstOrDefaultAsync(r => r.ClientId == clientId, ct) is not { } registration)
            return TypedResults.NotFound();
        if (MachineClientRules.RefuseManager(user) is { } refused) return refused;
        // Province administrators see their wards' clients but, as with every ward record, do not change them.
        if (!db.Scope.CanWrite(registration)) return MachineClientsApi.NotYours();

        db.MachineClientRegistrations.Remove(registration);
        if (await applications.FindByClientIdAsync(clientId, ct) is { } application)
            await applications.DeleteAsync(application, ct);
        else
            await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
