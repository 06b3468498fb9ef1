using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using WardPlatform.Directory.Data;

namespace WardPlatform.Directory.SignIn;

/// <summary>
/// Gives the OpenID Connect server its RSA keys from the database, creating them on first use under an
/// advisory lock so that two instances starting together agree on one key per use.
/// </summary>
public sealed class SigningKeys(IServiceScopeFactory scopes) : IConfigureOptions<OpenIddictServerOptions>
{
    private const long LockId = 0x5761_7264_4b65_7973; // "WardKeys"

    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        using var db = DirectoryDbContext.AsSystem(scope.ServiceProvider);
        var signing = LoadOrCreate(db, "sig");
        var encryption = LoadOrCreate(db, "enc");
        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption,
            SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private static RsaSecurityKey LoadOrCreate(DirectoryDbContext db, string use)
    {
        using var transaction = db.Database.BeginTransaction();
        db.Database.ExecuteSqlRaw($"SELECT pg_advisory_xact_lock({LockId})");
        var stored = db.SigningKeys.AsNoTracking().Where(k => k.Use == use).OrderBy(k => k.CreatedAt).FirstOrDefault();
        if (stored is null)
        {
            using var fresh = RSA.Create(2048);
            stored = new SigningKey { Use = use, PrivateKeyPem = fresh.ExportPkcs8PrivateKeyPem(), CreatedAt = DateTimeOffset.UtcNow };
            db.SigningKeys.Add(stored);
            db.SaveChanges();
        }
        transaction.Commit();
        var rsa = RSA.Create();
        rsa.ImportFromPem(stored.PrivateKeyPem);
        // The key id is stable across restarts, so validators that cached the JWKS keep matching.
        return new RsaSecurityKey(rsa) { KeyId = $"{use}-{stored.Id:N}"[..20] };
    }
}
