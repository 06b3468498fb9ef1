using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.People;

namespace WardPlatform.Directory.Tokens;

/// <summary>Turns a personal token's secret into its person, if the token is live (not expired, not revoked, person active).</summary>
public static class PersonalTokenExchange
{
    public static async Task<(Person Person, DateTimeOffset ExpiresAt)?> RedeemAsync(IServiceProvider services, string? secret,
        DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(PersonalTokens.SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
            return null;
        await using var db = DirectoryDbContext.AsSystem(services);
        var hash = PersonalTokens.Hash(secret);
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.SecretHash == hash, ct);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now) return null;
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == token.PersonId && p.IsActive, ct);
        if (person is null) return null;
        // Recorded at most once a minute: the gateway exchanges often, the list only needs "last used".
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return (person, token.ExpiresAt);
    }
}
