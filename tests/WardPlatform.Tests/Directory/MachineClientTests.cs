using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.EntityFrameworkCore.Models;
using WardPlatform.Contracts.Events;
using WardPlatform.Directory.Integrations;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Directory;

/// <summary>Administrators register, list and revoke machine clients (integrations) of their own tenant.</summary>
public sealed class MachineClientTests(TestServers servers) : DirectoryServiceTests(servers, new Dictionary<string, string>
{
    ["Identity:Issuer"] = "http://localhost/",
    ["Identity:RequireHttps"] = "false",
})
{
    private const string Subject = nameof(MachineClientRegistration);

    [Fact]
    public async Task A_ward_admins_client_gets_a_token_for_its_ward_and_role_until_it_is_revoked_and_both_changes_are_audited()
    {
        var admin = As(WardAdmin());

        var response = await admin.PostAsJsonAsync("/machine-clients",
            new { displayName = "Đồng bộ số liệu phản ánh".Normalize(System.Text.NormalizationForm.FormD), role = WardRoles.WardAppraiser }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = (await response.Content.ReadFromJsonAsync<RegisteredMachineClientDto>(Ct))!;
        var client = registered.Client;
        Assert.Matches("^26068-dong-bo-so-lieu-phan-anh-[a-z0-9]{6}$", client.ClientId);
        Assert.Equal(("Đồng bộ số liệu phản ánh", WardRoles.WardAppraiser, TestUser.TamPhuoc, TestUser.ProvinceCode, "admin-26068"),
            (client.DisplayName, client.Role, client.TenantCode, client.ProvinceCode, client.CreatedById));
        Assert.True(registered.ClientSecret.Length >= 32);
        var application = await Host.QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreApplication>().SingleAsync(a => a.ClientId == client.ClientId, Ct));
        Assert.NotNull(application.ClientSecret);
        Assert.DoesNotContain(registered.ClientSecret, application.ClientSecret);

        var listed = await admin.GetStringAsync("/machine-clients", Ct);
        Assert.Contains(client.ClientId, listed);
        Assert.DoesNotContain(registered.ClientSecret, listed);

        var token = await TokenAsync(client.ClientId, registered.ClientSecret);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        var claims = new JsonWebTokenHandler().ReadJsonWebToken(token.Body.GetProperty("access_token").GetString()!).Claims
            .GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.First().Value);
        Assert.Equal((TestUser.TamPhuoc, TestUser.ProvinceCode, WardRoles.WardAppraiser, client.ClientId),
            (claims[WardClaims.Tenant], claims[WardClaims.Province], claims[WardClaims.Role], claims["sub"]));

        Assert.True(await Host.QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreToken>().CountAsync(t => t.Subject == client.ClientId, Ct)) > 0);

        var revoked = await admin.DeleteAsync($"/machine-clients/{client.ClientId}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        var refused = await TokenAsync(client.ClientId, registered.ClientSecret);
        Assert.Equal("invalid_client", refused.Body.GetProperty("error").GetString());
        Assert.False(refused.Body.TryGetProperty("access_token", out _));
        Assert.Equal(0, await Host.QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreApplication>().CountAsync(a => a.ClientId == client.ClientId, Ct)));
        Assert.Equal(0, await Host.QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreToken>().CountAsync(t => t.Subject == client.ClientId, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/machine-clients/{client.ClientId}", Ct)).StatusCode);

        await Eventually.HoldsAsync(() => Host.QueryAsync(async db =>
            await db.AuditEntries.CountAsync(e => e.Subject == Subject && e.SubjectId == client.ClientId && e.ActorId == "admin-26068"
                && e.TenantCode == TestUser.TamPhuoc && (e.Action == AuditActions.Created || e.Action == AuditActions.Deleted), Ct) == 2),
            TimeSpan.FromSeconds(30), "the registration and the revocation are both audited", Ct);
    }

    [Fact]
    public async Task A_tenant_in_the_body_is_ignored_and_a_province_admin_registers_a_province_official_client()
    {
        var ward = await As(WardAdmin()).PostAsJsonAsync("/machine-clients",
            new { displayName = "Kết nối một cửa", role = WardRoles.WardOfficer, tenantCode = TestUser.BinhPhuoc }, Ct);
        var province = await As(TestUser.ProvinceAdmin()).PostAsJsonAsync("/machine-clients",
            new { displayName = "Tổng hợp số liệu tỉnh", role = WardRoles.ProvinceOfficial }, Ct);

        Assert.Equal(HttpStatusCode.Created, ward.StatusCode);
        Assert.Equal(TestUser.TamPhuoc, (await ward.Content.ReadFromJsonAsync<RegisteredMachineClientDto>(Ct))!.Client.TenantCode);
        Assert.Equal(HttpStatusCode.Created, province.StatusCode);
        var provinceClient = (await province.Content.ReadFromJsonAsync<RegisteredMachineClientDto>(Ct))!.Client;
        Assert.Equal((TestUser.ProvinceCode, TestUser.ProvinceCode, WardRoles.ProvinceOfficial),
            (provinceClient.TenantCode, provinceClient.ProvinceCode, provinceClient.Role));
        Assert.Equal(0, await Host.QueryAsync(db => db.MachineClientRegistrations.CountAsync(r => r.TenantCode == TestUser.BinhPhuoc, Ct)));
    }

    [Fact]
    public async Task A_ward_officer_and_a_province_official_get_403_and_change_nothing()
    {
        var client = await RegisterAsync(WardAdmin());
        var platformAdmin = await As(TestUser.PlatformAdmin()).PostAsJsonAsync("/machine-clients",
            new { displayName = "Không thuộc đơn vị", role = WardRoles.WardOfficer }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, platformAdmin.StatusCode);

        foreach (var caller in new[] { TestUser.WardOfficer(), TestUser.WardChairman(), TestUser.ProvinceOfficial() })
        {
            var outsider = As(caller);
            var responses = new[]
            {
                await outsider.GetAsync("/machine-clients", Ct),
                await outsider.GetAsync($"/machine-clients/{client.ClientId}", Ct),
                await outsider.PostAsJsonAsync("/machine-clients", new { displayName = "Tự đăng ký", role = WardRoles.WardOfficer }, Ct),
                await outsider.DeleteAsync($"/machine-clients/{client.ClientId}", Ct),
            };
            foreach (var response in responses)
            {
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.Contains("quản trị", (await ProblemOf(response)).GetProperty("detail").GetString());
            }
        }
        Assert.Equal([client.ClientId], await Host.QueryAsync(db => db.MachineClientRegistrations.Select(r => r.ClientId).ToListAsync(Ct)));
        Assert.Equal(1, await ApplicationsAsync());
    }

    [Fact]
    public async Task Binh_Phuocs_admin_neither_sees_nor_revokes_Tam_Phuocs_client_and_the_province_admin_sees_but_cannot_revoke_it()
    {
        var client = await RegisterAsync(WardAdmin());
        var own = await RegisterAsync(WardAdmin(TestUser.BinhPhuoc));
        var neighbour = As(WardAdmin(TestUser.BinhPhuoc));

        var listed = await neighbour.GetFromJsonAsync<List<MachineClientDto>>("/machine-clients", Ct);
        Assert.Equal([own.ClientId], listed!.Select(c => c.ClientId));
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/machine-clients/{client.ClientId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.DeleteAsync($"/machine-clients/{client.ClientId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await As(WardAdmin(TestUser.OtherProvinceWard, TestUser.OtherProvinceCode))
            .DeleteAsync($"/machine-clients/{client.ClientId}", Ct)).StatusCode);

        var provinceAdmin = As(TestUser.ProvinceAdmin());
        var provinceList = await provinceAdmin.GetFromJsonAsync<List<MachineClientDto>>("/machine-clients", Ct);
        Assert.Equal(new[] { client.ClientId, own.ClientId }.Order(), provinceList!.Select(c => c.ClientId).Order());
        Assert.Equal(HttpStatusCode.Forbidden, (await provinceAdmin.DeleteAsync($"/machine-clients/{client.ClientId}", Ct)).StatusCode);
        Assert.Empty((await As(TestUser.ProvinceAdmin(TestUser.OtherProvinceCode)).GetFromJsonAsync<List<MachineClientDto>>("/machine-clients", Ct))!);

        Assert.Equal(2, await Host.QueryAsync(db => db.MachineClientRegistrations.CountAsync(Ct)));
        Assert.Equal(2, await ApplicationsAsync());
        var all = await As(TestUser.PlatformAdmin()).GetFromJsonAsync<List<MachineClientDto>>("/machine-clients", Ct);
        Assert.Equal(2, all!.Count);
    }

    [Theory]
    [InlineData("", WardRoles.WardOfficer, "displayName", "required")]
    [InlineData("   ", WardRoles.WardOfficer, "displayName", "required")]
    [InlineData("<script>alert(1)</script>", WardRoles.WardOfficer, "displayName", "invalid_characters")]
    [InlineData("Kết nối'; DROP TABLE people; --", WardRoles.WardOfficer, "displayName", "invalid_characters")]
    [InlineData("Đồng bộ dữ liệu", "", "role", "required")]
    [InlineData("Đồng bộ dữ liệu", "superuser", "role", "invalid_role")]
    [InlineData("Đồng bộ dữ liệu", WardRoles.WardAdministrator, "role", "role_not_allowed")]
    [InlineData("Đồng bộ dữ liệu", WardRoles.ProvinceOfficial, "role", "role_not_allowed")]
    [InlineData("Đồng bộ dữ liệu", WardRoles.PlatformAdministrator, "role", "role_not_allowed")]
    public async Task Bad_input_is_a_400_naming_the_field_in_Vietnamese_and_creates_nothing(string displayName, string role, string field, string code)
    {
        var before = await ApplicationsAsync();

        var response = await As(WardAdmin()).PostAsJsonAsync("/machine-clients", new { displayName, role }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await CodeFor(response, field));
        Assert.Equal(0, await CountAsync<MachineClientRegistration>());
        Assert.Equal(before, await ApplicationsAsync());
    }

    [Fact]
    public async Task A_display_name_too_long_and_a_province_admin_giving_a_ward_role_are_400s()
    {
        var tooLong = await As(WardAdmin()).PostAsJsonAsync("/machine-clients", new { displayName = new string('a', 101), role = WardRoles.WardOfficer }, Ct);
        var wardRole = await As(TestUser.ProvinceAdmin()).PostAsJsonAsync("/machine-clients",
            new { displayName = "Tổng hợp số liệu tỉnh", role = WardRoles.WardOfficer }, Ct);
        var missing = await As(WardAdmin()).PostAsJsonAsync("/machine-clients", new { }, Ct);

        var lengthProblem = await ProblemOf(tooLong);
        Assert.Equal("too_long", lengthProblem.GetProperty("codes").GetProperty("displayName")[0].GetString());
        Assert.Contains("Tên ứng dụng tích hợp", lengthProblem.GetProperty("errors").GetProperty("displayName")[0].GetString());
        var roleProblem = await ProblemOf(wardRole);
        Assert.Equal("role_not_allowed", roleProblem.GetProperty("codes").GetProperty("role")[0].GetString());
        Assert.Contains("Chuyên viên cấp tỉnh", roleProblem.GetProperty("errors").GetProperty("role")[0].GetString());
        Assert.Equal("required", await CodeFor(missing, "displayName"));
        Assert.Equal(0, await CountAsync<MachineClientRegistration>());
    }

    private async Task<MachineClientDto> RegisterAsync(TestUser admin)
    {
        var response = await As(admin).PostAsJsonAsync("/machine-clients", new { displayName = "Đồng bộ số liệu", role = WardRoles.WardOfficer }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegisteredMachineClientDto>(Ct))!.Client;
    }

    private Task<int> ApplicationsAsync() => Host.QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreApplication>().CountAsync(Ct));

    private async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(string clientId, string secret)
    {
        using var response = await Host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "ward-api",
        }), Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }
}
