using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Errors;

/// <summary>The web front's error page: what went wrong in Vietnamese, and a way back. Reached by re-execution.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [FromRoute] public int Code { get; set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string? RetryAfter { get; private set; }

    public IActionResult OnGet() => Show();
    public IActionResult OnPost() => Show();

    private IActionResult Show()
    {
        // Reached directly (/loi/404) the page answers with that status too.
        var status = Code is >= 400 and < 600 ? Code : 404;
        Response.StatusCode = status;
        (Title, Text) = ErrorPages.Describe(status);
        RetryAfter = Response.Headers.RetryAfter.FirstOrDefault();
        return Page();
    }
}
