using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Account;

/// <summary>/password: a signed-in person changes their own password (the directory checks the current one).</summary>
[Authorize]
public sealed class PasswordModel(ServiceClient services) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? RepeatPassword { get; set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? RepeatError { get; private set; }
    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task OnPostAsync(CancellationToken ct)
    {
        if (NewPassword != RepeatPassword)
        {
            RepeatError = "Hai lần nhập mật khẩu mới không khớp nhau.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Answer = await services.SendAsync("directory", HttpMethod.Put, "/me/password",
                JsonContent.Create(new { currentPassword = CurrentPassword, newPassword = NewPassword }), ct);
            Changed = Answer.Succeeded;
            if (!Changed) Response.StatusCode = (int)Answer.Status;
        }
        CurrentPassword = NewPassword = RepeatPassword = null;
    }

    public string? ErrorFor(string field) => Answer?.FieldErrors.GetValueOrDefault(field);
}
