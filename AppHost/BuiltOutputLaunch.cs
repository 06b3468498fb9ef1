using System.Reflection;
using System.Xml.Linq;

namespace WardPlatform.AppHost;

internal static class BuiltOutputLaunch
{
    /// <summary>
    /// DCP starts a project as `dotnet run --project … --no-build`: a second .NET process per service (an MSBuild
    /// evaluation, about 140 MiB resident, kept alive as the service's parent) before the service itself. Building the
    /// AppHost has already built every project it references, so in run mode the service's own dll is started instead
    /// (`dotnet WardPlatform.Plans.dll`): the same environment, arguments and process tracking, one process less.
    /// A dll that is not there (the project was not built) keeps Aspire's `dotnet run`.
    /// </summary>
    public static IResourceBuilder<ProjectResource> LaunchBuiltOutput(this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsRunMode) return project;
        var projectPath = project.Resource.GetProjectMetadata().ProjectPath;
        var dll = BuiltDll(projectPath);
        if (dll is null) return project;
#pragma warning disable ASPIREPROJECTS001 // evaluation API (13.6): the supported way to replace `run` for a project
        return project.WithAnnotation(new ProjectLaunchArgsOverrideAnnotation(["exec", dll]));
#pragma warning restore ASPIREPROJECTS001
    }

    private static string? BuiltDll(string projectPath)
    {
        var assemblyName = XDocument.Load(projectPath).Descendants("AssemblyName").FirstOrDefault()?.Value
                           ?? Path.GetFileNameWithoutExtension(projectPath);
        var configuration = typeof(BuiltOutputLaunch).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // The projects build for the AppHost's own target framework (Directory.Build.props sets one for all).
        var framework = typeof(BuiltOutputLaunch).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName
            is { } name && name.Split("Version=v") is [_, var version] ? "net" + version : "net10.0";
        var dll = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", configuration, framework, assemblyName + ".dll");
        return File.Exists(dll) ? dll : null;
    }
}
