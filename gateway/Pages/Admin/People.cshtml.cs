using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Gateway.SignIn;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Admin;

/// <summary>/admin/people: the tenant's people and their roles, and adding one (administrators).</summary>
[Authorize]
public sealed class PeopleModel(ServiceClient services) : PageModel
{
    public List<JsonElement> People { get; private set; } = [];
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Password { get; set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? Added { get; private set; }

    /// <summary>The roles this administrator may give: ward roles in a ward, province roles in a province.</summary>
    public IEnumerable<(string Value, string Label)> Roles =>
        (WardRoles.ProvinceLevel.Contains(User.FindFirstValue(WardClaims.Role) ?? "") ? WardRoles.ProvinceLevel : WardRoles.WardLevel)
        .Order().Select(role => (role, RoleLabels.Of(role)));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync("directory", "/people", new { userName = UserName, displayName = DisplayName, role = Role, password = Password }, ct);
        Password = null;
        if (Answer.Succeeded)
        {
            Added = Answer.Body?.GetProperty("displayName").GetString();
            UserName = DisplayName = Role = null;
        }
        else Response.StatusCode = (int)Answer.Status;
        await LoadAsync(ct);
    }

    public string? ErrorFor(string field) => Answer?.FieldErrors.GetValueOrDefault(field);

    private async Task LoadAsync(CancellationToken ct)
    {
        var list = await services.GetAsync("directory", "/people", ct);
        People = list.Body is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];
    }
}
