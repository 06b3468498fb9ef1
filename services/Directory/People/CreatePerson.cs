using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Http;

namespace WardPlatform.Directory.People;

/// <summary>A new person: <paramref name="TenantCode"/> is read only from a platform administrator.</summary>
public sealed record CreatePersonRequest(
    string? UserName, string? DisplayName, string? Role, Guid? UnitId, string? Email, string? Phone, string? Password, string? TenantCode = null);

public static class CreatePerson
{
    public static async Task<IResult> HandleAsync(CreatePersonRequest request, ClaimsPrincipal user, DirectoryDbContext db,
        IPasswordHasher<Person> hasher, CancellationToken ct)
    {
        var (target, problem) = await Administrators.TargetAsync(user, db, request.TenantCode, ct);
        if (problem is not null) return problem;

        var errors = new FieldErrors();
        var userName = errors.UserName("userName", request.UserName);
        var displayName = errors.Name("displayName", request.DisplayName, 200, "Họ và tên");
        if (PersonRules.RefuseRole(errors, request.Role, target!.IsWard) is { } roleRefused) return roleRefused;
        var email = errors.Email("email", request.Email);
        var phone = errors.Phone("phone", request.Phone);
        errors.Password("password", request.Password);
        await PersonRules.CheckUnitAsync(errors, request.UnitId, target.TenantCode, db, ct);
        if (errors.Any) return errors.ToProblem();

        if (await db.People.IgnoreQueryFilters().AnyAsync(p => p.UserName == userName, ct)) return Duplicate(userName!);
        var person = new Person
        {
            TenantCode = target.TenantCode, ProvinceCode = target.ProvinceCode, UserName = userName!, DisplayName = displayName!,
            Role = request.Role!, UnitId = request.UnitId, Email = email, Phone = phone,
        };
        person.PasswordHash = hasher.HashPassword(person, request.Password!);
        db.People.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Duplicate(userName!);
        }
        return TypedResults.Created($"/people/{person.Id}", PersonDto.From(person));
    }

    private static IResult Duplicate(string userName) =>
        FieldErrors.Conflict("Tên đăng nhập đã có người dùng", $"Tên đăng nhập \"{userName}\" đã được dùng; hãy chọn tên khác.", "duplicate_user_name");
}
