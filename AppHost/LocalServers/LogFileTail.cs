namespace WardPlatform.AppHost.LocalServers;

/// <summary>Follows a log file a server writes itself (PostgreSQL's), passing on each new line.</summary>
public sealed class LogFileTail : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public static LogFileTail Start(string path, Action<string> onLine)
    {
        var tail = new LogFileTail();
        _ = tail.FollowAsync(path, onLine);
        return tail;
    }

    private async Task FollowAsync(string path, Action<string> onLine)
    {
        long position = File.Exists(path) ? new FileInfo(path).Length : 0;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                if (File.Exists(path) && new FileInfo(path).Length > position)
                {
                    await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                    stream.Seek(position, SeekOrigin.Begin);
                    using var reader = new StreamReader(stream);
                    while (await reader.ReadLineAsync() is { } line) onLine(line);
                    position = stream.Position;
                }
            }
            catch (IOException) { }
            await Task.Delay(500, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _stop.Cancel();
}
