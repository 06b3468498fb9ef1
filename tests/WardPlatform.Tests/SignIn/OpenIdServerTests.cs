using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Abstractions;
using WardPlatform.Contracts;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.People;
using WardPlatform.Directory.SignIn;
using WardPlatform.Directory.Tokens;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.SignIn;

/// <summary>The directory's OpenID Connect server on its own: discovery, keys, client credentials, personal-token grant.</summary>
public sealed class OpenIdServerTests(TestServers servers) : IAsyncLifetime
{
    private const string GatewaySecret = "bí-mật-của-cổng-dùng-khi-thử";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _database = servers.NewDatabase(ResourceNames.DirectoryDb);
    private ServiceHost<DirectoryDbContext> _directory = null!;

    private ServiceHost<DirectoryDbContext> NewHost() => new(servers, ResourceNames.DirectoryDb, settings: new Dictionary<string, string>
    {
        [$"ConnectionStrings:{ResourceNames.DirectoryDb}"] = _database,
        ["Identity:Issuer"] = "http://localhost/",
        ["Identity:RequireHttps"] = "false",
        ["Identity:GatewayClientSecret"] = GatewaySecret,
        ["Identity:GatewayUrls:0"] = "http://localhost/",
    });

    public async ValueTask InitializeAsync()
    {
        _directory = NewHost();
        await _directory.WaitReadyAsync();
    }

    public ValueTask DisposeAsync() => _directory.DisposeAsync();

    [Fact]
    public async Task Discovery_names_the_issuer_the_flows_and_a_signing_key()
    {
        var client = _directory.CreateClient();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Ct);

        Assert.Equal("http://localhost/", discovery.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains(OpenIdServer.PersonalTokenGrant, grants);
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        var keys = await client.GetFromJsonAsync<JsonElement>(discovery.GetProperty("jwks_uri").GetString()!, Ct);
        Assert.Equal("RSA", keys.GetProperty("keys")[0].GetProperty("kty").GetString());
    }

    [Fact]
    public async Task The_signing_key_survives_a_restart_of_the_directory()
    {
        var before = await KeyIdAsync(_directory);
        await _directory.DisposeAsync();
        _directory = NewHost();
        await _directory.WaitReadyAsync();
        Assert.Equal(before, await KeyIdAsync(_directory));
    }

    [Fact]
    public async Task A_machine_client_gets_a_token_for_its_own_tenant_and_role_and_a_wrong_secret_gets_none()
    {
        await using (var scope = _directory.Services.CreateAsyncScope())
            await MachineClients.RegisterAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(),
                new MachineClient("tamphuoc-tich-hop", "Tích hợp số liệu Tam Phước", TestUser.TamPhuoc, TestUser.ProvinceCode, WardRoles.WardOfficer),
                "bí-mật-máy-khách-đủ-dài", Ct);

        var token = await TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "tamphuoc-tich-hop",
            ["client_secret"] = "bí-mật-máy-khách-đủ-dài", ["scope"] = "ward-api" });
        Assert.Equal(HttpStatusCode.OK, token.Status);
        var claims = Claims(token.Body.GetProperty("access_token").GetString()!);
        Assert.Equal(TestUser.TamPhuoc, claims[WardClaims.Tenant]);
        Assert.Equal(TestUser.ProvinceCode, claims[WardClaims.Province]);
        Assert.Equal(WardRoles.WardOfficer, claims[WardClaims.Role]);
        Assert.Equal("ward-api", claims["aud"]);

        var wrong = await TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "tamphuoc-tich-hop",
            ["client_secret"] = "đoán-bừa", ["scope"] = "ward-api" });
        Assert.Equal("invalid_client", wrong.Body.GetProperty("error").GetString());
        Assert.False(wrong.Body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task The_gateway_trades_a_live_personal_token_for_its_persons_token_and_nothing_for_a_revoked_or_expired_one()
    {
        var now = DateTimeOffset.UtcNow;
        var person = new Person
        {
            UserName = "tamphuoc.thu", DisplayName = "Trần Thị Thu", Role = WardRoles.WardChairman,
            TenantCode = TestUser.TamPhuoc, ProvinceCode = TestUser.ProvinceCode,
        };
        person.PasswordHash = new PasswordHasher<Person>().HashPassword(person, "mật-khẩu-đủ-dài-2025");
        var (live, liveSecret) = PersonalTokens.Create(person, "Kịch bản", now.AddDays(7), now);
        var (revoked, revokedSecret) = PersonalTokens.Create(person, "Đã thu hồi", now.AddDays(7), now);
        revoked.RevokedAt = now;
        var (_, expiredSecret) = PersonalTokens.Create(person, "Hết hạn", now.AddDays(-1), now.AddDays(-8));
        await _directory.QueryAsync(async db =>
        {
            db.People.Add(person);
            db.PersonalAccessTokens.AddRange(live, revoked, PersonalTokens.Create(person, "Hết hạn", now.AddDays(-1), now.AddDays(-8)).Token);
            return await db.SaveChangesAsync(Ct);
        });

        var exchanged = await TokenAsync(PersonalTokenGrant(liveSecret));
        Assert.Equal(HttpStatusCode.OK, exchanged.Status);
        var claims = Claims(exchanged.Body.GetProperty("access_token").GetString()!);
        Assert.Equal(person.Id.ToString(), claims["sub"]);
        Assert.Equal(WardRoles.WardChairman, claims[WardClaims.Role]);
        Assert.Equal(TestUser.TamPhuoc, claims[WardClaims.Tenant]);

        foreach (var secret in new[] { revokedSecret, expiredSecret, "wpat_khongtontai", "" })
        {
            var refused = await TokenAsync(PersonalTokenGrant(secret));
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal("invalid_grant", refused.Body.GetProperty("error").GetString());
        }
        var withoutClient = await TokenAsync(new() { ["grant_type"] = OpenIdServer.PersonalTokenGrant, ["token"] = liveSecret });
        Assert.False(withoutClient.Body.TryGetProperty("access_token", out _));
    }

    private static Dictionary<string, string> PersonalTokenGrant(string secret) => new()
    {
        ["grant_type"] = OpenIdServer.PersonalTokenGrant, ["token"] = secret, ["scope"] = "ward-api",
        ["client_id"] = GatewayClient.ClientId, ["client_secret"] = GatewaySecret,
    };

    private async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(Dictionary<string, string> form)
    {
        using var response = await _directory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    private static Dictionary<string, string> Claims(string jwt) =>
        new JsonWebTokenHandler().ReadJsonWebToken(jwt).Claims.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.First().Value);

    private static async Task<string> KeyIdAsync(ServiceHost<DirectoryDbContext> host)
    {
        var keys = await host.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks", Ct);
        return keys.GetProperty("keys")[0].GetProperty("kid").GetString()!;
    }
}
