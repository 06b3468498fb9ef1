using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WardPlatform.Directory.Data;
using WardPlatform.Audit;
using WardPlatform.Contracts.Events;
using WardPlatform.Directory.People;
using WardPlatform.Messaging;

namespace WardPlatform.Directory.SignIn;

public enum SignInOutcome { Succeeded, WrongCredentials, LockedOut, Inactive }

public sealed record SignInResult(SignInOutcome Outcome, Person? Person = null, DateTimeOffset? LockedUntil = null);

/// <summary>
/// Checks a user name and password with ASP.NET Core Identity's hasher, counting failures: after
/// <see cref="IdentitySettings.MaxFailedSignIns"/> wrong passwords in a row the account is locked for
/// <see cref="IdentitySettings.LockoutDuration"/>. An unknown name costs the same hash work as a known one.
/// Every failure is kept in the audit log ("sign_in_failed"), under the person's ward when the name is known.
/// </summary>
public sealed class PasswordSignIn(IServiceProvider services, IOptions<IdentitySettings> settings, AuditSettings audit, TimeProvider clock)
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
            // The name typed is not kept: people type their password into it by mistake.
            await FailedAsync(db, null, "Tên đăng nhập không tồn tại hoặc không có mật khẩu", ct);
            return new(SignInOutcome.WrongCredentials);
        }
        if (person.LockedUntil > now)
        {
            await FailedAsync(db, person, "Tài khoản đang bị khóa tạm thời", ct);
            return new(SignInOutcome.LockedOut, LockedUntil: person.LockedUntil);
        }

        var verified = Hasher.VerifyHashedPassword(person, person.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            person.FailedSignIns++;
            if (person.FailedSignIns >= settings.Value.MaxFailedSignIns)
            {
                person.FailedSignIns = 0;
                person.LockedUntil = now + settings.Value.LockoutDuration;
            }
            await FailedAsync(db, person, person.LockedUntil > now ? "Sai mật khẩu; tài khoản bị khóa tạm thời" : "Sai mật khẩu", ct);
            return person.LockedUntil > now ? new(SignInOutcome.LockedOut, LockedUntil: person.LockedUntil) : new(SignInOutcome.WrongCredentials);
        }
        if (!person.IsActive)
        {
            await FailedAsync(db, person, "Tài khoản đã bị vô hiệu hóa", ct);
            return new(SignInOutcome.Inactive);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded) person.PasswordHash = Hasher.HashPassword(person, password);
        if (person.FailedSignIns != 0 || person.LockedUntil is not null || verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            person.FailedSignIns = 0;
            person.LockedUntil = null;
            await db.SaveChangesAsync(ct);
        }
        return new(SignInOutcome.Succeeded, person);
    }

    private async Task FailedAsync(DirectoryDbContext db, Person? person, string detail, CancellationToken ct)
    {
        db.PublishOnCommit(new AuditRecorded(
            AuditId: Guid.NewGuid(), At: clock.GetUtcNow(), Service: audit.ServiceName,
            TenantCode: person?.TenantCode ?? "", ProvinceCode: person?.ProvinceCode ?? "",
            ActorId: person?.Id.ToString(), ActorName: person?.DisplayName, ActorRole: person?.Role,
            Action: AuditActions.SignInFailed, Subject: "Sign-in", SubjectId: person?.Id.ToString(),
            Outcome: AuditOutcomes.Denied, Detail: detail));
        await db.SaveChangesAsync(ct);
    }
}
