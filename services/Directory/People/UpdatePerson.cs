using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.People;

/// <summary>The fields an administrator changes; a null <paramref name="IsActive"/> leaves it as it is.</summary>
public sealed record UpdatePersonRequest(string? DisplayName, string? Role, Guid? UnitId, string? Email, string? Phone, bool? IsActive);

public static class UpdatePerson
{
    public static async Task<IResult> HandleAsync(Guid id, UpdatePersonRequest request, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.People.FirstOrDefaultAsync(p => p.Id == id, ct) is not { } person) return TypedResults.NotFound();
        if (Administrators.Refuse(user) is { } refused) return refused;
        // Platform administrators are managed by seeding (and by each other outside this API), not here.
        if (person.Role == WardRoles.PlatformAdministrator) return Administrators.NotAdministrator();

        var errors = new FieldErrors();
        var displayName = errors.Name("displayName", request.DisplayName, 200, "Họ và tên");
        if (PersonRules.RefuseRole(errors, request.Role, PersonRules.IsWardTenant(person)) is { } roleRefused) return roleRefused;
        var email = errors.Email("email", request.Email);
        var phone = errors.Phone("phone", request.Phone);
        await PersonRules.CheckUnitAsync(errors, request.UnitId, person.TenantCode, db, ct);
        if (errors.Any) return errors.ToProblem();

        person.DisplayName = displayName!;
        person.Role = request.Role!;
        person.UnitId = request.UnitId;
        person.Email = email;
        person.Phone = phone;
        if (request.IsActive is { } active) person.IsActive = active;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PersonDto.From(person));
    }
}
