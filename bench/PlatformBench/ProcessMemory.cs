using WardPlatform.LocalServers;
using WardPlatform.Testing;

namespace WardPlatform.Bench;

public static class ProcessMemory
{
    /// <summary>
    /// VmRSS of every process of the platform but the servers: the AppHost, DCP and its monitors, the Aspire dashboard,
    /// the `dotnet run` launcher DCP puts before each project, and the projects themselves.
    /// </summary>
    public static List<(string Name, long Bytes)> PlatformProcesses(AppHostProcess appHost) =>
        new[] { appHost.Pid }.Concat(appHost.PlatformProcesses())
            .Select(pid => (Pid: pid, CommandLine: Posix.CommandLine(pid)))
            .Where(p => p.CommandLine.Length > 0 && !p.CommandLine.Contains("beam.smp") && !p.CommandLine.StartsWith("epmd")
                        && !p.CommandLine.Contains("postgres") && !p.CommandLine.Contains("erl_child_setup") && !p.CommandLine.Contains("inet_gethost"))
            .Select(p => (Describe(p.CommandLine), ResidentBytes(p.Pid)))
            .ToList();

    private static string Describe(string commandLine)
    {
        var words = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var program = Path.GetFileName(words[0]);
        if (program == "dotnet" && words.Length > 1 && words[1] == "run") return "dotnet run " + Path.GetFileNameWithoutExtension(words.SkipWhile(w => w != "--project").Skip(1).FirstOrDefault() ?? "");
        if (program == "dotnet" && words.Length > 1) return Path.GetFileName(words[1]);
        if (program == "dcp" && words.Length > 1) return "dcp " + words[1];
        return program;
    }

    private static long ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException) { return 0; }
    }
}
