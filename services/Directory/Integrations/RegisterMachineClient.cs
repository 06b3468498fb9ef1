using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using WardPlatform.Audit;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.SignIn;
using WardPlatform.Http;

namespace WardPlatform.Directory.Integrations;

public sealed record RegisterMachineClientRequest(string? DisplayName, string? Role);

/// <summary>
/// An administrator registers a machine client for their own tenant (never one named in the body). The secret is
/// returned once; OpenIddict stores only its hash.
/// </summary>
public static class RegisterMachineClient
{
    public static async Task<IResult> HandleAsync(RegisterMachineClientRequest request, ClaimsPrincipal user, DirectoryDbContext db,
        IOpenIddictApplicationManager applications, TimeProvider clock, CancellationToken ct)
    {
        var scope = db.Scope;
        if (MachineClientRules.RefuseRegistrar(user, scope) is { } refused) return refused;

        var errors = new FieldErrors();
        var displayName = errors.Name("displayName", request.DisplayName, MachineClientRegistrationModel.MaxDisplayNameLength, "Tên ứng dụng tích hợp");
        var role = errors.Role("role", request.Role, scope);
        if (errors.Any) return errors.ToProblem();

        var actor = AuditActor.Of(user);
        var registration = new MachineClientRegistration
        {
            ClientId = MachineClientRules.NewClientId(scope.Tenant, displayName!),
            TenantCode = scope.Tenant, ProvinceCode = scope.Province, DisplayName = displayName!, Role = role!,
            CreatedById = actor.Id, CreatedByName = actor.Name, CreatedAt = clock.GetUtcNow(),
        };
        var secret = MachineClientRules.NewSecret();
        // OpenIddict's store saves the application on this request's DbContext: the registration row goes in the same SaveChanges.
        db.MachineClientRegistrations.Add(registration);
        try
        {
            await MachineClients.RegisterAsync(applications, new MachineClient(registration.ClientId, registration.DisplayName,
                registration.TenantCode, registration.ProvinceCode, registration.Role), secret, ct);
        }
        finally
        {
            // A failed save leaves nothing behind on this context.
            if (db.Entry(registration).State == EntityState.Added)
                db.Entry(registration).State = EntityState.Detached;
        }
        return TypedResults.Created($"/machine-clients/{registration.ClientId}",
            new RegisteredMachineClientDto(MachineClientDto.From(registration), secret));
    }
}
