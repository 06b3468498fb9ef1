using System.Security.Claims;
using System.Text.Json;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.WebFront;

/// <summary>
/// How many wards (xã, phường) the signed-in person's province has, from the directory's <c>GET /provinces/{code}</c>
/// (<c>wardCount</c>) with the person's token; null when the directory does not answer.
/// </summary>
public static class ProvinceWards
{
    public static async Task<int?> CountAsync(ServiceClient services, ClaimsPrincipal user, CancellationToken ct)
    {
        var province = user.FindFirstValue(WardClaims.Province);
        if (string.IsNullOrEmpty(province)) return null;
        try
        {
            var answer = await services.GetAsync("directory", $"/provinces/{Uri.EscapeDataString(province)}", ct);
            return answer is { Succeeded: true, Body: { ValueKind: JsonValueKind.Object } body } && body.Num("wardCount") is { } count && count > 0
                ? (int)count : null;
        }
        // A help to fill in: a directory that does not answer leaves "Trong số" to be typed, never the page in error.
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
