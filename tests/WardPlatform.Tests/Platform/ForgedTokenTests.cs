using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using WardPlatform.Contracts;
using WardPlatform.Tenancy;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// Forged and altered access tokens (issue 14, point 5), sent through the gateway to every service: each is refused
/// with 401 and each refusal is in the audit log. A token signed again with the directory's own key and unchanged
/// claims is accepted, so the refusals are about what was forged, not about how the test signs.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ForgedTokenTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Forged_and_altered_tokens_are_refused_401_by_every_service_and_every_refusal_is_audited()
    {
        var officer = platform.People.Find(WardRoles.WardOfficer, TestUser.TamPhuoc);
        var real = await AccessTokens.ForPersonalTokenAsync(platform.AppHost.Gateway, platform.AppHost.StateDirectory, officer.ApiToken, Ct);
        var parts = real.Split('.');
        Assert.Equal(3, parts.Length); // a signed JWT, not an encrypted one
        var header = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
        var claims = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        var key = await DirectorySigningKeyAsync();

        string Sign(JsonObject payload, SecurityKey signingKey, string algorithm = SecurityAlgorithms.RsaSha256) =>
            new JsonWebTokenHandler().CreateToken(payload.ToJsonString(), new SigningCredentials(signingKey, algorithm),
                new Dictionary<string, object> { ["typ"] = header["typ"]?.GetValue<string>() ?? "JWT" });
        JsonObject With(Action<JsonObject> change) { var copy = claims.DeepClone().AsObject(); change(copy); return copy; }
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var otherKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = key.KeyId };
        var tenantEdited = With(c =>
        {
            foreach (var (name, value) in c.ToList())
                if (value?.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>() == TestUser.TamPhuoc)
                    c[name] = TestUser.BinhPhuoc;
        });
        Assert.NotEqual(claims.ToJsonString(), tenantEdited.ToJsonString()); // the token does name its ward

        var forged = new (string What, string Token)[]
        {
            ("alg none", $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}")}.{parts[1]}."),
            ("signed by another key with the directory's key id", Sign(claims, otherKey)),
            ("HS256 keyed with the directory's public key", Sign(claims, new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem())), SecurityAlgorithms.HmacSha256)),
            ("ward claim edited, signature kept", $"{parts[0]}.{Base64UrlEncoder.Encode(tenantEdited.ToJsonString())}.{parts[2]}"),
            ("another audience", Sign(With(c => c["aud"] = "another-api"), key)),
            ("another issuer", Sign(With(c => c["iss"] = "https://attacker.example/"), key)),
            ("expired", Sign(With(c => { c["iat"] = now - 7200; c["nbf"] = now - 7200; c["exp"] = now - 3600; }), key)),
            ("signature cut off", $"{parts[0]}.{parts[1]}."),
        };

        var operations = await ApiOperations.ListAsync(platform.AppHost.Gateway, Ct);
        var resigned = Sign(claims, key);
        var failures = new List<string>();
        var refusals = 0;
        var deniedBefore = await DeniedCountAsync();
        foreach (var service in ResourceNames.Services)
        {
            // A list the officer may read: the genuine token and the same claims signed again are accepted there.
            string? path = null;
            foreach (var candidate in operations.Where(o => o.Service == service && o.Method == "GET" && o.PathParameters.Length == 0 && !o.IsAnonymous))
            {
                using var genuine = await GetAsync(candidate.GatewayPath(_ => ""), real);
                if (genuine.StatusCode == HttpStatusCode.OK) { path = candidate.GatewayPath(_ => ""); break; }
            }
            Assert.True(path is not null, $"no list of {service} that a ward officer reads");
            using (var again = await GetAsync(path!, resigned))
                Assert.True(again.StatusCode == HttpStatusCode.OK, $"{path} refused the claims signed again with the directory's key: {(int)again.StatusCode}");
            foreach (var (what, token) in forged)
            {
                using var response = await GetAsync(path!, token);
                refusals++;
                if (response.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{path} with a token {what}: {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        await Eventually.HoldsAsync(DeniedCountAsync, count => count >= deniedBefore + refusals, TimeSpan.FromSeconds(60),
            $"{refusals} refusals in the audit log", Ct);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await platform.AppHost.Gateway.SendAsync(request, Ct);
    }

    private async Task<NpgsqlConnection> DirectoryDatabaseAsync()
    {
        var connection = new NpgsqlConnection(await platform.AppHost.ConnectionStringAsync(ResourceNames.DirectoryDb, Ct));
        await connection.OpenAsync(Ct);
        return connection;
    }

    /// <summary>The directory's signing key as it signs with it (SigningKeys: the oldest "sig" key, its id as key id).</summary>
    private async Task<RsaSecurityKey> DirectorySigningKeyAsync()
    {
        await using var connection = await DirectoryDatabaseAsync();
        await using var command = new NpgsqlCommand("SELECT id, private_key_pem FROM signing_keys WHERE use = 'sig' ORDER BY created_at LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        var rsa = RSA.Create();
        rsa.ImportFromPem(reader.GetString(1));
        return new RsaSecurityKey(rsa) { KeyId = $"sig-{reader.GetGuid(0):N}"[..20] };
    }

    private async Task<long> DeniedCountAsync()
    {
        await using var connection = await DirectoryDatabaseAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_entries WHERE action = 'denied' AND detail = 'HTTP 401'", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
