using System.Security.Claims;
using System.Text.Json;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// Whether the place a plan is dated at ("Tam Phước, ngày …") is the signed-in person's own ward or province. A plan
/// dated elsewhere is often another ward's document uploaded by mistake: the review warns, and does not refuse.
/// </summary>
public static class PlanPlace
{
    private static readonly string[] Kinds = ["phường", "xã", "thị trấn", "đặc khu", "thành phố", "tp.", "tỉnh"];

    /// <summary>The person's own ward or province by name, from the directory; null when it does not answer.</summary>
    public static async Task<string?> OwnNameAsync(ServiceClient services, ClaimsPrincipal user, CancellationToken ct)
    {
        var (tenant, province) = (user.FindFirstValue(WardClaims.Tenant), user.FindFirstValue(WardClaims.Province));
        if (string.IsNullOrEmpty(tenant)) return null;
        var path = tenant == province ? $"/provinces/{Uri.EscapeDataString(tenant)}" : $"/wards/{Uri.EscapeDataString(tenant)}";
        try
        {
            var answer = await services.GetAsync("directory", path, ct);
            return answer is { Succeeded: true, Body: { ValueKind: JsonValueKind.Object } body } && body.Str("name") is { Length: > 0 } name ? name : null;
        }
        // A courtesy check: a directory that does not answer leaves the place unchecked, never the review in error.
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The warning for a place that is not <paramref name="ownName"/> ("Phường Tam Phước"), or null.</summary>
    public static string? Warning(string? place, string? ownName)
    {
        if (string.IsNullOrWhiteSpace(place) || string.IsNullOrWhiteSpace(ownName)) return null;
        var own = Core(ownName);
        return own.Length == 0 || VietnameseText.Fold(place).Contains(own, StringComparison.Ordinal)
            ? null
            : $"Địa danh “{place.Trim()}” không phải {ownName}: hãy kiểm tra đây có đúng là kế hoạch của {ownName} không.";
    }

    /// <summary>"Phường Tam Phước" → "tam phuoc": the name without its kind, folded.</summary>
    private static string Core(string name)
    {
        var folded = VietnameseText.Fold(name).Trim();
        foreach (var kind in Kinds.Select(VietnameseText.Fold))
            if (folded.StartsWith(kind + " ", StringComparison.Ordinal)) return folded[(kind.Length + 1)..].Trim();
        return folded;
    }
}
