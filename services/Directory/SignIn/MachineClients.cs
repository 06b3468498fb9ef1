using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace WardPlatform.Directory.SignIn;

/// <summary>A script or system that signs in with client credentials: it acts for one tenant in one role.</summary>
public sealed record MachineClient(string ClientId, string DisplayName, string TenantCode, string ProvinceCode, string Role);

public static class MachineClients
{
    private const string TenantProperty = "ward_tenant", ProvinceProperty = "ward_province", RoleProperty = "ward_role";

    public static async Task RegisterAsync(IOpenIddictApplicationManager applications, MachineClient client, string secret, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + OpenIdServer.ApiScope,
            },
            Properties =
            {
                [TenantProperty] = JsonSerializer.SerializeToElement(client.TenantCode),
                [ProvinceProperty] = JsonSerializer.SerializeToElement(client.ProvinceCode),
                [RoleProperty] = JsonSerializer.SerializeToElement(client.Role),
            },
        };
        if (await applications.FindByClientIdAsync(client.ClientId, ct) is { } existing)
            await applications.UpdateAsync(existing, descriptor, ct);
        else
            await applications.CreateAsync(descriptor, ct);
    }

    public static async Task<MachineClient?> ReadAsync(IOpenIddictApplicationManager applications, object application, CancellationToken ct)
    {
        var properties = await applications.GetPropertiesAsync(application, ct);
        if (!properties.TryGetValue(TenantProperty, out var tenant) || !properties.TryGetValue(ProvinceProperty, out var province)
            || !properties.TryGetValue(RoleProperty, out var role))
            return null;
        return new MachineClient(await applications.GetClientIdAsync(application, ct) ?? "",
            await applications.GetDisplayNameAsync(application, ct) ?? "", tenant.GetString()!, province.GetString()!, role.GetString()!);
    }
}
