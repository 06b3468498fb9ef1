using System.Text.Json;

namespace WardPlatform.Testing;

public static class AccessTokens
{
    /// <summary>What the gateway does with a personal token: trade it at the directory for a short JWT (as the gateway client).</summary>
    public static async Task<string> ForPersonalTokenAsync(HttpClient gateway, string stateDirectory, string personalToken, CancellationToken ct = default)
    {
        var secret = (await File.ReadAllTextAsync(Path.Combine(stateDirectory, "secrets", "gateway-client-secret"), ct)).Trim();
        using var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:wardplatform:grant-type:personal-token",
            ["token"] = personalToken,
            ["scope"] = "ward-api",
            ["client_id"] = "gateway",
            ["client_secret"] = secret,
        }), ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
