using WardPlatform.LocalServers;
using WardPlatform.Testing;

namespace WardPlatform.Bench;

public static class ProcessMemory
{
    /// <summary>
    /// Resident and proportional memory of every process of the platform but the servers: the AppHost, DCP and its
    /// monitors, the Aspire dashboard, any `dotnet run` launcher, and the projects themselves. RSS counts the pages a
    /// process shares with others (the runtime, DCP's binary) in full for each; PSS divides them among the sharers, so
    /// the PSS total is what the platform really takes.
    /// </summary>
    public static List<(string Name, long Rss, long Pss)> PlatformProcesses(AppHostProcess appHost) =>
        new[] { appHost.Pid }.Concat(appHost.PlatformProcesses())
            .Select(pid => (Pid: pid, CommandLine: Posix.CommandLine(pid)))
            .Where(p => p.CommandLine.Length > 0 && !p.CommandLine.Contains("beam.smp") && !p.CommandLine.StartsWith("epmd")
                        && !p.CommandLine.Contains("postgres") && !p.CommandLine.Contains("erl_child_setup") && !p.CommandLine.Contains("inet_gethost"))
            .Select(p => (Describe(p.CommandLine), Kilobytes(p.Pid, "Rss:") * 1024, Kilobytes(p.Pid, "Pss:") * 1024))
            .ToList();

    private static string Describe(string commandLine)
    {
        var words = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var program = Path.GetFileName(words[0]);
        if (program == "dotnet" && words.Length > 1 && words[1] == "run") return "dotnet run " + Path.GetFileNameWithoutExtension(words.SkipWhile(w => w != "--project").Skip(1).FirstOrDefault() ?? "");
        if (program == "dotnet" && words.Length > 2 && words[1] == "exec") return Path.GetFileNameWithoutExtension(words[2]);
        if (program == "dotnet" && words.Length > 1) return Path.GetFileName(words[1]);
        if (program == "dcp" && words.Length > 1) return "dcp " + words[1];
        return program;
    }

    private static long Kilobytes(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").First(l => l.StartsWith(field, StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException) { return 0; }
    }
}
