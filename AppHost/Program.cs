using WardPlatform.AppHost;
using WardPlatform.AppHost.Hosting;
using WardPlatform.Contracts;

// Reads like an Aspire AppHost on purpose: moving to Aspire.Hosting is a swap of this project alone.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.Postgres);
var eventBus = builder.AddRabbitMQ(ResourceNames.EventBus);

IResourceBuilder<ProjectResource> AddService(string name, string project) =>
    builder.AddProject(name, project)
        .WithReference(postgres.AddDatabase(ResourceNames.DatabaseOf(name))).WaitFor(postgres)
        .WithReference(eventBus).WaitFor(eventBus)
        .WithHttpHealthCheck("/health");

var services = new[]
{
    AddService(ResourceNames.Directory, "services/Directory/Directory.csproj"),
    AddService(ResourceNames.Plans, "services/Plans/Plans.csproj"),
    AddService(ResourceNames.Targets, "services/Targets/Targets.csproj"),
    AddService(ResourceNames.Commendations, "services/Commendations/Commendations.csproj"),
    AddService(ResourceNames.Reports, "services/Reports/Reports.csproj"),
    AddService(ResourceNames.Rankings, "services/Rankings/Rankings.csproj"),
};

var gateway = builder.AddProject(ResourceNames.Gateway, "gateway/Gateway.csproj")
    .WithExternalHttpEndpoint(builder.GatewayPort)
    .WithHttpHealthCheck("/alive");
foreach (var service in services) gateway.WithReference(service).WaitFor(service);
PlatformIdentity.Configure(builder, services[0], services, gateway);

await builder.Build().RunAsync();
