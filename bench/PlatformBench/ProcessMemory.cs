using WardPlatform.LocalServers;
using WardPlatform.Testing;

namespace WardPlatform.Bench;

public static class ProcessMemory
{
    /// <summary>VmRSS of the AppHost and of every .NET process it started (servers excluded).</summary>
    public static List<(string Name, long Bytes)> DotNetProcesses(AppHostProcess appHost) =>
        new[] { appHost.Pid }.Concat(appHost.Descendants())
            .Select(pid => (Pid: pid, CommandLine: Posix.CommandLine(pid)))
            .Where(p => p.CommandLine.Contains("WardPlatform.", StringComparison.Ordinal) && p.CommandLine.StartsWith("dotnet", StringComparison.Ordinal))
            .Select(p => (Path.GetFileName(p.CommandLine.Split(' ').Last()), ResidentBytes(p.Pid)))
            .ToList();

    private static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
