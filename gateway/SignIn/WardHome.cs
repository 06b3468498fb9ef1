using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.SignIn;

/// <summary>Who is signed in, as the home page greets them: name, role and their ward's (or province's) name.</summary>
public sealed record WardVisitor(string Name, string RoleLabel, string TenantName, string TenantCode);

/// <summary>Reads the signed-in person's profile from the directory (<c>GET /me</c>) with their access token.</summary>
public sealed class WardHome(HttpClient http, IConfiguration configuration, ILogger<WardHome> logger)
{
    public async Task<WardVisitor> DescribeAsync(ClaimsPrincipal user, string? accessToken, CancellationToken ct)
    {
        var fallback = new WardVisitor(user.FindFirstValue("name") ?? "", RoleLabels.Of(user.FindFirstValue(WardClaims.Role)),
            user.FindFirstValue(WardClaims.Tenant) ?? "", user.FindFirstValue(WardClaims.Tenant) ?? "");
        var directory = configuration["services:directory:http:0"];
        if (accessToken is null || directory is null) return fallback;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, directory.TrimEnd('/') + "/me");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode) return fallback;
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var me = json.RootElement;
            return fallback with
            {
                Name = Text(me, "displayName") ?? fallback.Name,
                RoleLabel = Text(me, "roleLabel") ?? fallback.RoleLabel,
                TenantName = Text(me, "tenantName") ?? fallback.TenantName,
            };
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
        {
            logger.LogWarning(e, "Could not read the signed-in person's profile from the directory");
            return fallback;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

public static class RoleLabels
{
    public static string Of(string? role) => role switch
    {
        WardRoles.WardOfficer => "Cán bộ, công chức phường, xã",
        WardRoles.WardAppraiser => "Phòng Văn hóa - Xã hội (thẩm định)",
        WardRoles.WardChairman => "Chủ tịch UBND phường, xã",
        WardRoles.WardAdministrator => "Quản trị phường, xã",
        WardRoles.ProvinceOfficial => "Cán bộ tỉnh",
        WardRoles.ProvinceLeader => "Lãnh đạo UBND tỉnh",
        WardRoles.ProvinceAdministrator => "Quản trị tỉnh",
        WardRoles.PlatformAdministrator => "Quản trị nền tảng",
        _ => "Người dùng",
    };
}
