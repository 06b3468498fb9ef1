using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Directory.SignIn;
using WardPlatform.Http;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace WardPlatform.Directory.Pages.Account;

/// <summary>The identity provider's sign-in form (reached through the gateway at /account/signin).</summary>
[AllowAnonymous]
public sealed class SignInModel(PasswordSignIn passwords) : PageModel
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    public const int MaxUserName = 64, MaxPassword = 200;

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public Dictionary<string, string> FieldErrors { get; } = new();
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var userName = VietnameseText.Clean(UserName);
        if (string.IsNullOrEmpty(userName)) FieldErrors["UserName"] = "Vui lòng nhập tên đăng nhập.";
        else if (userName.Length > MaxUserName) FieldErrors["UserName"] = $"Tên đăng nhập không dài quá {MaxUserName} ký tự.";
        if (string.IsNullOrEmpty(Password)) FieldErrors["Password"] = "Vui lòng nhập mật khẩu.";
        else if (Password.Length > MaxPassword) FieldErrors["Password"] = $"Mật khẩu không dài quá {MaxPassword} ký tự.";
        if (FieldErrors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await passwords.CheckAsync(userName!, Password!, ct);
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                var identity = new ClaimsIdentity([new Claim(Claims.Subject, result.Person!.Id.ToString()), new Claim(Claims.Name, result.Person.DisplayName)],
                    OpenIdServer.SessionScheme);
                await HttpContext.SignInAsync(OpenIdServer.SessionScheme, new ClaimsPrincipal(identity));
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.LockedOut:
                Error = "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau "
                    + TimeZoneInfo.ConvertTime(result.LockedUntil!.Value, Vietnam).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture) + ".";
                Response.StatusCode = StatusCodes.Status423Locked;
                break;
            default:
                // The same words for an unknown name, a wrong password and a deactivated account: nothing to probe.
                Error = "Tên đăng nhập hoặc mật khẩu không đúng.";
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                break;
        }
        Password = null;
        return Page();
    }
}
