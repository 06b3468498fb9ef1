using System.Text.Json;
using WardPlatform.Testing;

namespace WardPlatform.Bench;

public static class AccessToken
{
    /// <summary>What the gateway does with a personal token: trade it at the directory for a short JWT (as the gateway client).</summary>
    public static async Task<string> ForPersonalTokenAsync(AppHostProcess appHost, string personalToken)
    {
        var secret = File.ReadAllText(Path.Combine(appHost.StateDirectory, "secrets", "gateway-client-secret")).Trim();
        using var response = await appHost.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:wardplatform:grant-type:personal-token",
            ["token"] = personalToken,
            ["scope"] = "ward-api",
            ["client_id"] = "gateway",
            ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
