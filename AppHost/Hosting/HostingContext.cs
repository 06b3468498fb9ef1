using Microsoft.Extensions.Logging;

namespace WardPlatform.AppHost.Hosting;

/// <summary>What every resource needs to start: where state lives, where the projects are, how to log.</summary>
public sealed record HostingContext(
    string RepositoryRoot,
    string StateDirectory,
    string BuildConfiguration,
    string EnvironmentName,
    string? OtlpEndpoint,
    ILoggerFactory LoggerFactory);
