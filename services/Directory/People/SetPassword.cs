using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.People;

public sealed record SetPasswordRequest(string? Password);

/// <summary>An administrator sets a new password; it also lifts a sign-in lock.</summary>
public static class SetPassword
{
    public static async Task<IResult> HandleAsync(Guid id, SetPasswordRequest request, ClaimsPrincipal user, DirectoryDbContext db,
        IPasswordHasher<Person> hasher, CancellationToken ct)
    {
        if (await db.People.FirstOrDefaultAsync(p => p.Id == id, ct) is not { } person) return TypedResults.NotFound();
        if (Administrators.Refuse(user) is { } refused) return refused;
        if (person.Role == WardRoles.PlatformAdministrator && !Administrators.IsPlatformAdministrator(user)) return Administrators.NotAdministrator();

        var errors = new FieldErrors();
        errors.Password("password", request.Password);
        if (errors.Any) return errors.ToProblem();

        person.PasswordHash = hasher.HashPassword(person, request.Password!);
        person.FailedSignIns = 0;
        person.LockedUntil = null;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
