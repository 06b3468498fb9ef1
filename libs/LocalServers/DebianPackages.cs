using Microsoft.Extensions.Logging;

namespace WardPlatform.LocalServers;

/// <summary>
/// Installs what the platform needs from Debian's packages on first use, the way Aspire pulls images on
/// first run. As root it installs; otherwise it stops with the one command that would.
/// </summary>
public static class DebianPackages
{
    private static readonly SemaphoreSlim AptLock = new(1, 1);

    public static async Task EnsureAsync(string what, Func<bool> isInstalled, string[] packages, ILogger logger, CancellationToken ct = default)
    {
        if (isInstalled()) return;
        var command = "apt-get install -y " + string.Join(' ', packages);
        if (!Posix.IsRoot)
            throw new InvalidOperationException(
                $"{what} is not installed and only root can install it. Run once: sudo {command}");

        await AptLock.WaitAsync(ct);
        try
        {
            if (isInstalled()) return;
            logger.LogWarning("{What} is not installed: installing it from Debian's packages ({Command}), once, as Aspire pulls an image on first run", what, command);
            var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            string[] install = ["install", "-y", "-q", "--no-install-recommends", .. packages];
            var result = await Command.RunAsync("apt-get", install, environment, timeout: TimeSpan.FromMinutes(10), ct: ct);
            if (result.ExitCode != 0)
            {
                logger.LogInformation("apt-get install failed; refreshing the package lists and trying again");
                await Command.RunAsync("apt-get", ["update", "-q"], environment, timeout: TimeSpan.FromMinutes(10), ct: ct);
                result = await Command.RunAsync("apt-get", install, environment, timeout: TimeSpan.FromMinutes(10), ct: ct);
            }
            result.EnsureSuccess(command);
            if (!isInstalled())
                throw new InvalidOperationException($"{command} succeeded but {what} is still not found.");
            logger.LogInformation("{What} installed", what);
        }
        finally
        {
            AptLock.Release();
        }
    }
}
