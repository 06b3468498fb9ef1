using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WardPlatform.Gateway.Pages.Account;

/// <summary>/signout: a confirmation form (a POST with an anti-forgery token, so no link can sign anyone out).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : LocalRedirect("/");

    public IActionResult OnPost() => SignOut(new AuthenticationProperties { RedirectUri = "/" },
        CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme);
}
