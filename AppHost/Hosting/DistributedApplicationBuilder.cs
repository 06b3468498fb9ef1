using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace WardPlatform.AppHost.Hosting;

public interface IResourceBuilder<out T> where T : Resource
{
    T Resource { get; }
    DistributedApplicationBuilder ApplicationBuilder { get; }
}

internal sealed record ResourceBuilder<T>(T Resource, DistributedApplicationBuilder ApplicationBuilder) : IResourceBuilder<T> where T : Resource;

/// <summary>Declares the application's resources the way Aspire's builder does.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];
    internal DistributedApplicationBuilder(string[] args)
    {
        Configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var metadata = typeof(DistributedApplicationBuilder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        RepositoryRoot = metadata["RepositoryRoot"]!;
        BuildConfiguration = metadata["Configuration"]!;
        StateDirectory = Path.GetFullPath(Configuration["WARD_STATE_DIR"] is { Length: > 0 } state ? state : Path.Combine(RepositoryRoot, ".ward"));
        GatewayPort = int.TryParse(Configuration["WARD_GATEWAY_PORT"], out var port) ? port : 8080;
        DashboardPort = int.TryParse(Configuration["WARD_DASHBOARD_PORT"], out var dashboard) ? dashboard : 18888;
    }

    public IConfiguration Configuration { get; }
    public string RepositoryRoot { get; }
    public string BuildConfiguration { get; }
    /// <summary>Where the servers keep their data between runs (WARD_STATE_DIR, default .ward/ in the repository).</summary>
    public string StateDirectory { get; }
    /// <summary>WARD_GATEWAY_PORT, default 8080.</summary>
    public int GatewayPort { get; }
    /// <summary>WARD_DASHBOARD_PORT, default 18888; 0 picks a free port.</summary>
    public int DashboardPort { get; }
    public IReadOnlyList<Resource> Resources => _resources;
    /// <summary>Lines printed under "WardPlatform đang chạy" once everything is healthy (e.g. how to sign in).</summary>
    public List<Func<string?>> ReadyNotes { get; } = [];

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

    public IResourceBuilder<PostgresServerResource> AddPostgres(string name) =>
        Add(new PostgresServerResource(name, Configuration.GetConnectionString(name)));

    public IResourceBuilder<RabbitMqServerResource> AddRabbitMQ(string name) =>
        Add(new RabbitMqServerResource(name, Configuration.GetConnectionString(name)));

    public IResourceBuilder<ProjectResource> AddProject(string name, string projectPath) =>
        Add(new ProjectResource(name, projectPath));

    internal IResourceBuilder<T> Add<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => r.Name == resource.Name))
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already declared.");
        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build() => new(this);
}

public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name)
    {
        var database = server.ApplicationBuilder.Add(new PostgresDatabaseResource(name, server.Resource));
        database.Resource.WaitsFor.Add(server.Resource);
        return database;
    }

    /// <summary>Injects ConnectionStrings__{name}.</summary>
    public static IResourceBuilder<ProjectResource> WithReference<T>(this IResourceBuilder<ProjectResource> project, IResourceBuilder<T> source)
        where T : Resource, IResourceWithConnectionString
    {
        var resource = source.Resource;
        project.Resource.EnvironmentCallbacks.Add(() => [new($"ConnectionStrings__{resource.Name}", resource.GetConnectionString())]);
        if (resource is PostgresDatabaseResource) project.Resource.WaitsFor.Add(resource);
        return project;
    }

    /// <summary>Injects services__{name}__http__0, the way Aspire's service discovery reads it.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> service)
    {
        var target = service.Resource;
        project.Resource.EnvironmentCallbacks.Add(() => [new($"services__{target.Name}__http__0", target.Url)]);
        return project;
    }

    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> resource, IResourceBuilder<Resource> dependency) where T : Resource
    {
        if (!resource.Resource.WaitsFor.Contains(dependency.Resource)) resource.Resource.WaitsFor.Add(dependency.Resource);
        return resource;
    }

    public static IResourceBuilder<ProjectResource> WithHttpHealthCheck(this IResourceBuilder<ProjectResource> project, string path)
    {
        project.Resource.HealthCheckPath = path;
        return project;
    }

    /// <summary>Sets an environment variable of the project's process, computed when it starts.</summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> project, string name, Func<string> value)
    {
        project.Resource.EnvironmentCallbacks.Add(() => [new(name, value())]);
        return project;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> project, string name, string value) =>
        project.WithEnvironment(name, () => value);

    /// <summary>Listens on a fixed port that people open in a browser (the gateway's).</summary>
    public static IResourceBuilder<ProjectResource> WithExternalHttpEndpoint(this IResourceBuilder<ProjectResource> project, int port)
    {
        project.Resource.FixedPort = port;
        return project;
    }
}
