using System.Security.Claims;
using System.Text.Json;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.WebFront;

/// <summary>One of the ward's units as the directory lists it: the owners a target can be given.</summary>
public sealed record WardUnitName(string Name, string? ShortName);

/// <summary>
/// The signed-in person's own ward's (or province's) units, from the directory's <c>GET /units?tenantCode=…</c> with the
/// person's token, in the directory's order (by name). Empty when the directory does not answer: the page then lets the owner be typed.
/// </summary>
public static class WardUnits
{
    public static async Task<IReadOnlyList<WardUnitName>> LoadAsync(ServiceClient services, ClaimsPrincipal user, CancellationToken ct)
    {
        var tenant = user.FindFirstValue(WardClaims.Tenant);
        if (string.IsNullOrEmpty(tenant)) return [];
        try
        {
            var answer = await services.GetAsync("directory", $"/units?tenantCode={Uri.EscapeDataString(tenant)}", ct);
            return answer is { Succeeded: true, Body: { ValueKind: JsonValueKind.Array } units }
                ? [.. units.EnumerateArray().Where(u => u.Str("name").Length > 0)
                    .Select(u => new WardUnitName(u.Str("name"), u.Str("shortName") is { Length: > 0 } s ? s : null))]
                : [];
        }
        // The list is a help to choose: a directory that does not answer leaves the owner typed, never the page in error.
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return [];
        }
    }

    /// <summary>The "units" form field of the plans service's import: the list as JSON.</summary>
    public static string ToJson(IReadOnlyList<WardUnitName> units) =>
        JsonSerializer.Serialize(units.Select(u => new { name = u.Name, shortName = u.ShortName }));
}
