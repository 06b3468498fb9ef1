using System.Security.Claims;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Gateway.SignIn;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Admin;

/// <summary>
/// /admin/people: the tenant's people and their roles (administrators): adding one (no role chosen for them),
/// editing a person's name and role, locking and unlocking the account, resetting its password.
/// </summary>
[Authorize]
public sealed class PeopleModel(ServiceClient services) : PageModel
{
    public List<JsonElement> People { get; private set; } = [];
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public Guid? PersonId { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? Added { get; private set; }
    /// <summary>What the last change to an existing person did, in Vietnamese.</summary>
    public string? Changed { get; private set; }
    /// <summary>Whose row the last refused change belongs to: its field errors show there.</summary>
    public Guid? FailedFor { get; private set; }

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

    /// <summary>A new name and role for a person; the rest of their record is sent back as it is.</summary>
    public Task OnPostEditAsync(CancellationToken ct) => UpdateAsync(person => new
    {
        displayName = DisplayName, role = Role, unitId = person.Str("unitId") is { Length: > 0 } u ? u : null,
        email = Nullable(person.Str("email")), phone = Nullable(person.Str("phone")), isActive = (bool?)null,
    }, "Đã lưu thông tin của", ct);

    public Task OnPostLockAsync(bool active, CancellationToken ct) => UpdateAsync(person => new
    {
        displayName = person.Str("displayName"), role = person.Str("role"), unitId = person.Str("unitId") is { Length: > 0 } u ? u : null,
        email = Nullable(person.Str("email")), phone = Nullable(person.Str("phone")), isActive = (bool?)active,
    }, active ? "Đã mở khóa tài khoản của" : "Đã khóa tài khoản của", ct);

    public async Task OnPostPasswordAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync("directory", $"/people/{PersonId}/password", new { password = NewPassword }, ct);
        NewPassword = null;
        await AfterChangeAsync("Đã đặt lại mật khẩu cho", ct);
    }

    private async Task UpdateAsync(Func<JsonElement, object> body, string done, CancellationToken ct)
    {
        var current = await services.GetAsync("directory", $"/people/{PersonId}", ct);
        Answer = current.Body is { ValueKind: JsonValueKind.Object } person
            ? await services.SendAsync("directory", HttpMethod.Put, $"/people/{PersonId}", JsonContent.Create(body(person)), ct)
            : current;
        await AfterChangeAsync(done, ct);
    }

    private async Task AfterChangeAsync(string done, CancellationToken ct)
    {
        if (Answer!.Succeeded)
        {
            await LoadAsync(ct);
            var name = People.FirstOrDefault(p => p.Str("id") == PersonId.ToString()).Str("displayName");
            Changed = $"{done} “{name}”.";
            UserName = DisplayName = Role = null;
            return;
        }
        FailedFor = PersonId;
        Response.StatusCode = (int)Answer.Status;
        await LoadAsync(ct);
    }

    private static string? Nullable(string value) => value.Length == 0 ? null : value;

    public string? ErrorFor(string field) => FailedFor is null ? Answer?.FieldErrors.GetValueOrDefault(field) : null;

    public string? RowErrors(JsonElement person) =>
        FailedFor?.ToString() == person.Str("id") && Answer is { } a ? string.Join(" ", a.FieldErrors.Values.DefaultIfEmpty(a.Problem ?? "")) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        var list = await services.GetAsync("directory", "/people", ct);
        People = list.Body is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];
    }
}
