using System.Security.Cryptography;
using System.Text;
using WardPlatform.Directory.People;

namespace WardPlatform.Directory.Tokens;

/// <summary>Making and recognising personal API token secrets (<c>wpat_</c> + 40 random base32 characters).</summary>
public static class PersonalTokens
{
    public const string SecretPrefix = "wpat_";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>Creates a token for <paramref name="person"/> (added to the context, not saved) and returns its secret.</summary>
    public static (PersonalAccessToken Token, string Secret) Create(Person person, string name, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var secret = SecretPrefix + Base32(RandomNumberGenerator.GetBytes(25));
        var token = new PersonalAccessToken
        {
            PersonId = person.Id,
            TenantCode = person.TenantCode,
            ProvinceCode = person.ProvinceCode,
            Name = name,
            SecretHash = Hash(secret),
            Prefix = secret[..12],
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (token, secret);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base32(byte[] bytes)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var text = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return text.ToString();
    }
}
