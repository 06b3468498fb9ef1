using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.SignIn;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Admin;

/// <summary>
/// /admin/integrations: the tenant's machine clients (scripts, other systems), registering one (its secret shown once)
/// and revoking one after a confirmation. The directory decides who may do what.
/// </summary>
[Authorize]
public sealed class IntegrationsModel(ServiceClient services) : PageModel
{
    public List<JsonElement> Clients { get; private set; } = [];
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Revoke { get; set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? ListProblem { get; private set; }
    /// <summary>The client just registered, with its secret: shown on this answer only.</summary>
    public JsonElement? Registered { get; private set; }
    public string? Revoked { get; private set; }

    /// <summary>What a client of this administrator's tenant may act as: ward staff below the administrator, or a province official.</summary>
    public IEnumerable<(string Value, string Label)> Roles => (User.FindFirstValue(WardClaims.Role) switch
    {
        WardRoles.WardAdministrator => [WardRoles.WardOfficer, WardRoles.WardAppraiser, WardRoles.WardChairman],
        WardRoles.ProvinceAdministrator => [WardRoles.ProvinceOfficial],
        _ => Array.Empty<string>(),
    }).Select(role => (role, RoleLabels.Of(role)));

    /// <summary>The client awaiting confirmation of its revocation, when it is one of the list.</summary>
    public JsonElement? ToRevoke => Revoke is null ? null : Clients.Cast<JsonElement?>().FirstOrDefault(c => c!.Value.GetProperty("clientId").GetString() == Revoke);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync("directory", "/machine-clients", new { displayName = DisplayName, role = Role }, ct);
        if (Answer.Succeeded)
        {
            Registered = Answer.Body;
            DisplayName = Role = null;
            // The secret must not stay in any cache.
            Response.Headers.CacheControl = "no-store";
        }
        else Response.StatusCode = (int)Answer.Status;
        await LoadAsync(ct);
    }

    public async Task OnPostRevokeAsync(string? clientId, CancellationToken ct)
    {
        Revoke = null;
        Answer = await services.SendAsync("directory", HttpMethod.Delete, $"/machine-clients/{Uri.EscapeDataString(clientId ?? "")}", null, ct);
        if (Answer.Succeeded) Revoked = clientId;
        else Response.StatusCode = (int)Answer.Status;
        await LoadAsync(ct);
    }

    public string? ErrorFor(string field) => Answer?.FieldErrors.GetValueOrDefault(field);

    private async Task LoadAsync(CancellationToken ct)
    {
        var list = await services.GetAsync("directory", "/machine-clients", ct);
        Clients = list.Body is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];
        if (!list.Succeeded) ListProblem = list.Problem;
    }
}
