using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WardPlatform.Gateway.Pages.Account;

/// <summary>/signin: starts the OpenID Connect sign-in, then comes back to where the person was going.</summary>
public sealed class SignInModel : PageModel
{
    public IActionResult OnGet(string? returnUrl) =>
        Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(returnUrl) ? returnUrl : "/" });
}
