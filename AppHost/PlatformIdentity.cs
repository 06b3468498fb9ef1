using System.Text.Json;

namespace WardPlatform.AppHost;

/// <summary>
/// Who signs people in, told to every project. By default the directory's OpenID Connect server, whose issuer is
/// the gateway's public address (the gateway proxies /connect and /account to it). With WARD_AUTH_AUTHORITY set
/// (a province's Keycloak or VNeID), the gateway and services use that instead: WARD_AUTH_CLIENT_ID and
/// WARD_AUTH_CLIENT_SECRET name the gateway's client there.
/// </summary>
public static class PlatformIdentity
{
    /// <returns>What to print once everything is healthy (the demo accounts), or null.</returns>
    public static Func<string?>? Configure(IDistributedApplicationBuilder builder, PlatformSettings settings, IResourceBuilder<ProjectResource> directory,
        IEnumerable<IResourceBuilder<ProjectResource>> services, IResourceBuilder<ProjectResource> gateway)
    {
        var external = builder.Configuration["WARD_AUTH_AUTHORITY"];
        var issuer = external ?? $"http://localhost:{settings.GatewayPort}/";
        // Run here, a secret kept in the state directory; in a published manifest, a secret parameter the deployment fills.
        var secret = builder.ExecutionContext.IsRunMode
            ? builder.AddParameter("gateway-client-secret", builder.Configuration["WARD_AUTH_CLIENT_SECRET"] ?? settings.PersistentSecret("gateway-client-secret"), secret: true)
            : builder.AddParameter("gateway-client-secret", secret: true);
        var requireHttps = issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "true" : "false";

        foreach (var project in services.Append(gateway))
        {
            project.WithEnvironment("Auth__Authority", issuer).WithEnvironment("Auth__RequireHttpsMetadata", requireHttps);
            if (external is null) project.WithEnvironment("Auth__InternalAuthority", directory.GetEndpoint("http"));
        }
        gateway.WithEnvironment("Auth__ClientId", builder.Configuration["WARD_AUTH_CLIENT_ID"] ?? "gateway")
            .WithEnvironment("Auth__ClientSecret", secret)
            .WithEnvironment("Auth__PersonalTokens", external is null ? "true" : "false")
            .WithEnvironment("Auth__DataProtectionPath", Path.Combine(settings.StateDirectory, "gateway-keys"));

        string localhost = $"http://localhost:{settings.GatewayPort}/", loopback = $"http://127.0.0.1:{settings.GatewayPort}/";
        directory.WithEnvironment("Identity__Issuer", localhost)
            .WithEnvironment("Identity__GatewayUrls__0", localhost)
            .WithEnvironment("Identity__GatewayUrls__1", loopback)
            .WithEnvironment("Identity__GatewayClientSecret", secret)
            .WithEnvironment("Identity__RequireHttps", "false");

        // Demo data (95 wards of Đồng Nai, people for every role) unless this is production or WARD_DEMO=false.
        if (settings.EnvironmentName == "Production" || builder.Configuration["WARD_DEMO"] == "false") return null;
        var credentials = Path.Combine(settings.StateDirectory, "demo-credentials.json");
        directory.WithEnvironment("Demo__Enabled", "true").WithEnvironment("Demo__CredentialsFile", credentials);
        return () => DescribeDemoPeople(credentials, settings.GatewayPort);
    }

    private static string? DescribeDemoPeople(string path, int port)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var lines = json.RootElement.GetProperty("people").EnumerateArray().Select(p =>
                $"    {p.GetProperty("userName").GetString(),-24} {p.GetProperty("password").GetString(),-26} {p.GetProperty("role").GetString(),-18} {p.GetProperty("tenantName").GetString()}");
            return $"  Tài khoản dùng thử (đăng nhập tại http://localhost:{port}/signin):\n" +
                   $"    {"tên đăng nhập",-24} {"mật khẩu",-26} {"vai trò",-18} đơn vị\n" +
                   string.Join('\n', lines) +
                   (json.RootElement.TryGetProperty("machineClients", out var clients)
                       ? string.Concat(clients.EnumerateArray().Select(c => $"\n  Máy khách tích hợp (client credentials tại /connect/token): {c.GetProperty("clientId").GetString()}"))
                       : "") +
                   $"\n  Tên đăng nhập, mật khẩu và mã API của từng người: {path}\n\n";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return $"  (không đọc được {path}: {e.Message})\n";
        }
    }
}
