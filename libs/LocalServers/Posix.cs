using System.Runtime.InteropServices;

namespace WardPlatform.LocalServers;

/// <summary>The few POSIX calls .NET does not expose: a polite SIGTERM, and who we are.</summary>
public static partial class Posix
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;
    public const int SIGQUIT = 3;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int KillNative(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int GetParentProcessId();

    public static bool IsRoot => GetEffectiveUserId() == 0;

    /// <summary>The parent's pid; it changes (to 1 or a subreaper) once the parent has died.</summary>
    public static int ParentPid => GetParentProcessId();

    /// <summary>Sends a signal; false when the process does not exist (any more).</summary>
    public static bool Signal(int pid, int signal) => KillNative(pid, signal) == 0;

    public static bool IsAlive(int pid) => pid > 0 && KillNative(pid, 0) == 0 && !IsZombie(pid);

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat[(stat.LastIndexOf(')') + 2)..];
            return afterName.StartsWith('Z');
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    /// <summary>The command line of a process, or "" when it is gone.</summary>
    public static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim(); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    /// <summary>SIGTERM, then SIGKILL if the process is still there after <paramref name="grace"/>.</summary>
    public static async Task TerminateAsync(int pid, TimeSpan grace)
    {
        if (!Signal(pid, SIGTERM)) return;
        var deadline = DateTime.UtcNow + grace;
        while (IsAlive(pid) && DateTime.UtcNow < deadline) await Task.Delay(50);
        if (IsAlive(pid)) Signal(pid, SIGKILL);
    }
}
