using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace WardPlatform.Gateway.SignIn;

/// <summary>
/// Trades a personal API token (<c>wpat_…</c>) for a short access token at the directory, so services only ever
/// validate JWTs. Results are cached for at most <c>Auth:PersonalTokenCacheSeconds</c> (30 s; keyed by the secret's
/// hash): a revoked personal token stops working within that time.
/// </summary>
public sealed class PersonalTokenExchanger(IServiceProvider services, IMemoryCache cache, IOptions<GatewayAuthSettings> settings)
{
    public const string SecretPrefix = "wpat_";

    public async Task<string?> ExchangeAsync(string secret, CancellationToken ct)
    {
        if (!settings.Value.PersonalTokens || secret.Length > 100) return null;
        var key = "pat:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        if (cache.TryGetValue(key, out string? cached)) return cached;

        var endpoint = services.GetRequiredService<TokenEndpoint>();
        var tokens = await endpoint.RequestAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:wardplatform:grant-type:personal-token",
            ["token"] = secret,
            ["scope"] = "ward-api",
        }, ct);
        // A refusal is cached too (briefly), so a script hammering with a bad token doesn't hammer the directory.
        var lifetime = tokens is null ? TimeSpan.FromSeconds(5) : Min(TimeSpan.FromSeconds(settings.Value.PersonalTokenCacheSeconds), tokens.ExpiresAt - DateTimeOffset.UtcNow - TimeSpan.FromSeconds(5));
        if (lifetime > TimeSpan.Zero) cache.Set(key, tokens?.AccessToken, lifetime);
        return tokens?.AccessToken;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
