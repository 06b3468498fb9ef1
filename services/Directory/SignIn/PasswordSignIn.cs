using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.People;

namespace WardPlatform.Directory.SignIn;

public enum SignInOutcome { Succeeded, WrongCredentials, LockedOut, Inactive }

public sealed record SignInResult(SignInOutcome Outcome, Person? Person = null, DateTimeOffset? LockedUntil = null);

/// <summary>
/// Checks a user name and password with ASP.NET Core Identity's hasher, counting failures: after
/// <see cref="IdentitySettings.MaxFailedSignIns"/> wrong passwords in a row the account is locked for
/// <see cref="IdentitySettings.LockoutDuration"/>. An unknown name costs the same hash work as a known one.
/// </summary>
public sealed class PasswordSignIn(IServiceProvider services, IOptions<IdentitySettings> settings, TimeProvider clock)
{
    private static readonly PasswordHasher<Person> Hasher = new();
    private static readonly string DummyHash = Hasher.HashPassword(null!, "không phải mật khẩu của ai");

    public async Task<SignInResult> CheckAsync(string userName, string password, CancellationToken ct)
    {
        await using var db = DirectoryDbContext.AsSystem(services);
        var name = userName.Trim().ToLowerInvariant();
        var person = await db.People.FirstOrDefaultAsync(p => p.UserName == name, ct);
        var now = clock.GetUtcNow();
        if (person?.PasswordHash is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password);
            return new(SignInOutcome.WrongCredentials);
        }
        if (person.LockedUntil > now) return new(SignInOutcome.LockedOut, LockedUntil: person.LockedUntil);

        var verified = Hasher.VerifyHashedPassword(person, person.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            person.FailedSignIns++;
            if (person.FailedSignIns >= settings.Value.MaxFailedSignIns)
            {
                person.FailedSignIns = 0;
                person.LockedUntil = now + settings.Value.LockoutDuration;
            }
            await db.SaveChangesAsync(ct);
            return person.LockedUntil > now ? new(SignInOutcome.LockedOut, LockedUntil: person.LockedUntil) : new(SignInOutcome.WrongCredentials);
        }
        if (!person.IsActive) return new(SignInOutcome.Inactive);

        if (verified == PasswordVerificationResult.SuccessRehashNeeded) person.PasswordHash = Hasher.HashPassword(person, password);
        if (person.FailedSignIns != 0 || person.LockedUntil is not null || verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            person.FailedSignIns = 0;
            person.LockedUntil = null;
            await db.SaveChangesAsync(ct);
        }
        return new(SignInOutcome.Succeeded, person);
    }
}
