using System.Reflection;
using Microsoft.Extensions.Configuration;
using WardPlatform.LocalServers;

namespace WardPlatform.AppHost;

/// <summary>The settings a person gives the AppHost (README, "Settings"), read once.</summary>
public sealed class PlatformSettings
{
    public required string StateDirectory { get; init; }
    public required int GatewayPort { get; init; }
    public required string EnvironmentName { get; init; }

    public static PlatformSettings Read(IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var repositoryRoot = typeof(PlatformSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        var settings = new PlatformSettings
        {
            StateDirectory = Path.GetFullPath(configuration["WARD_STATE_DIR"] is { Length: > 0 } state ? state : Path.Combine(repositoryRoot, ".ward")),
            GatewayPort = int.TryParse(configuration["WARD_GATEWAY_PORT"], out var port) ? port : 8080,
            EnvironmentName = configuration["ASPNETCORE_ENVIRONMENT"] ?? configuration["DOTNET_ENVIRONMENT"] ?? "Development",
        };
        Directory.CreateDirectory(settings.StateDirectory);
        UseDashboardOnLoopback(configuration);
        return settings;
    }

    /// <summary>
    /// Aspire reads the dashboard's addresses from a launch profile; `dotnet WardPlatform.AppHost.dll` has none, so
    /// they default here: the dashboard on 127.0.0.1:WARD_DASHBOARD_PORT (18888; 0 for any free port), OTLP beside it.
    /// </summary>
    private static void UseDashboardOnLoopback(IConfigurationManager configuration)
    {
        var dashboardPort = int.TryParse(configuration["WARD_DASHBOARD_PORT"], out var p) ? p : 18888;
        if (dashboardPort == 0) dashboardPort = FreePort.Next();
        configuration["ASPNETCORE_URLS"] ??= $"http://127.0.0.1:{dashboardPort}";
        if (configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] is null && configuration["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"] is null)
            configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort.Next()}";
        configuration["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] ??= "true";
    }

    /// <summary>A random secret kept in the state directory (mode 600), the same on every run against that state.</summary>
    public string PersistentSecret(string name)
    {
        var path = Path.Combine(StateDirectory, "secrets", name);
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, secret);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return secret;
    }
}
