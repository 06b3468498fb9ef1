using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.People;
using WardPlatform.Directory.SignIn;
using WardPlatform.Http;

namespace WardPlatform.Directory.Me;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>
/// A person changes their own password. The current one is checked the way sign-in checks it, so wrong
/// guesses here count towards the same lockout.
/// </summary>
public static class ChangePassword
{
    public static async Task<IResult> HandleAsync(ChangePasswordRequest request, ClaimsPrincipal user, DirectoryDbContext db,
        PasswordSignIn signIn, IPasswordHasher<Person> hasher, CancellationToken ct)
    {
        var person = Guid.TryParse(user.FindFirstValue("sub"), out var id)
            ? await db.People.FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
        if (person?.PasswordHash is null)
            return FieldErrors.Conflict("Không có mật khẩu để đổi",
                "Tài khoản này không đăng nhập bằng mật khẩu của hệ thống (tài khoản tích hợp hoặc của nhà cung cấp định danh khác).",
                "no_directory_password");

        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(request.CurrentPassword))
            errors.Add("currentPassword", "required", "Hãy nhập mật khẩu hiện tại.");
        errors.Password("newPassword", request.NewPassword);
        if (!errors.Any && request.NewPassword == request.CurrentPassword)
            errors.Add("newPassword", "unchanged", "Mật khẩu mới phải khác mật khẩu hiện tại.");
        if (errors.Any) return errors.ToProblem();

        var check = await signIn.CheckAsync(person.UserName, request.CurrentPassword!, ct);
        switch (check.Outcome)
        {
            case SignInOutcome.WrongCredentials:
                return errors.Add("currentPassword", "wrong", "Mật khẩu hiện tại không đúng.").ToProblem();
            case SignInOutcome.LockedOut:
                return TypedResults.Problem(title: "Tài khoản đang bị khóa tạm thời",
                    detail: "Nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau hoặc nhờ quản trị viên đặt lại mật khẩu.",
                    statusCode: StatusCodes.Status423Locked, extensions: new Dictionary<string, object?> { ["code"] = "locked_out" });
            case SignInOutcome.Inactive:
                return TypedResults.Problem(title: "Tài khoản đã bị vô hiệu hóa", detail: "Tài khoản này không còn được dùng.",
                    statusCode: StatusCodes.Status403Forbidden, extensions: new Dictionary<string, object?> { ["code"] = "inactive" });
        }

        await db.Entry(person).ReloadAsync(ct); // the check may have reset the failure count
        person.PasswordHash = hasher.HashPassword(person, request.NewPassword!);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
