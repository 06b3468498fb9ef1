using Microsoft.Extensions.DependencyInjection;
using WardPlatform.AppHost;
using WardPlatform.Contracts;

var builder = DistributedApplication.CreateBuilder(args);
var settings = PlatformSettings.Read(builder);
var servers = PlatformServers.Add(builder, settings);

IResourceBuilder<ProjectResource> AddService<TProject>(string name) where TProject : IProjectMetadata, new()
{
    var database = servers.Database(ResourceNames.DatabaseOf(name));
    return builder.AddProject<TProject>(name)
        .WithServiceEndpoint(builder)
        .LaunchBuiltOutput(builder)
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", settings.EnvironmentName)
        .WithEnvironment("DOTNET_ENVIRONMENT", settings.EnvironmentName)
        .DisableForwardedHeaders()
        .WithReference(database).WaitFor(database)
        .WithReference(servers.EventBus).WaitFor(servers.EventBus)
        .WithHttpHealthCheck("/health");
}

var services = new[]
{
    AddService<Projects.Directory>(ResourceNames.Directory),
    AddService<Projects.Plans>(ResourceNames.Plans),
    AddService<Projects.Targets>(ResourceNames.Targets),
    AddService<Projects.Commendations>(ResourceNames.Commendations),
    AddService<Projects.Reports>(ResourceNames.Reports),
    AddService<Projects.Rankings>(ResourceNames.Rankings),
};
// Commendations asks the directory (with the caller's token) whether a nominee named by its id belongs to the ward.
services[3].WithReference(services[0]);

var gateway = builder.AddProject<Projects.Gateway>(ResourceNames.Gateway)
    .LaunchBuiltOutput(builder)
    .WithHttpEndpoint(port: settings.GatewayPort, isProxied: !builder.ExecutionContext.IsRunMode)
    .WithExternalHttpEndpoints()
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", settings.EnvironmentName)
    .WithEnvironment("DOTNET_ENVIRONMENT", settings.EnvironmentName)
    .DisableForwardedHeaders()
    .WithHttpHealthCheck("/alive");
foreach (var service in services) gateway.WithReference(service).WaitFor(service);
var demoNote = PlatformIdentity.Configure(builder, settings, services[0], services, gateway);

builder.Services.AddSingleton(settings);
if (demoNote is not null) builder.Services.AddSingleton(demoNote);
builder.Services.AddHostedService<ReadyBanner>();
builder.Services.AddHostedService<StopWhenParentExits>();
builder.RestartProjectsThatExit();

builder.Build().Run();
