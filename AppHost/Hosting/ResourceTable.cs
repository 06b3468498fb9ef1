using System.Text;

namespace WardPlatform.AppHost.Hosting;

/// <summary>The live resource table: printed again, at most twice a second, whenever a resource changes.</summary>
public sealed class ResourceTable(IReadOnlyList<Resource> resources)
{
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly CancellationTokenSource _stop = new();

    public void Start()
    {
        foreach (var resource in resources) resource.Changed += OnChanged;
        _ = PrintLoopAsync();
    }

    public void Stop()
    {
        Print();
        _stop.Cancel();
    }

    private void OnChanged()
    {
        try { if (_changed.CurrentCount == 0) _changed.Release(); }
        catch (SemaphoreFullException) { }
    }

    private async Task PrintLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await _changed.WaitAsync(_stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await Task.Delay(500, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!_stop.IsCancellationRequested) Print();
        }
    }

    private void Print() => ResourceLog.WriteBlock(Render(resources.Select(r => r.Snapshot()).ToList()));

    public static string Render(IReadOnlyList<ResourceSnapshot> rows)
    {
        string[] header = ["RESOURCE", "KIND", "STATE", "PID", "ADDRESS", "HEALTH", "RESTARTS"];
        var cells = rows.Select(r => new[] { r.Name, r.Kind, r.State, r.Pid?.ToString() ?? "-", r.Address ?? "-", r.Health, r.Restarts.ToString() }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        var text = new StringBuilder("\n");
        void Line(string[] values) => text.Append("  ").AppendJoin("  ", values.Select((v, i) => v.PadRight(widths[i]))).Append('\n');
        Line(header);
        foreach (var row in cells) Line(row);
        return text.Append('\n').ToString();
    }
}
