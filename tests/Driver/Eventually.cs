namespace WardPlatform.Testing;

public static class Eventually
{
    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T?>> probe, Func<T?, bool> condition, TimeSpan timeout, string what,
        CancellationToken ct = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        T? last = default;
        while (DateTime.UtcNow < deadline)
        {
            last = await probe();
            if (condition(last)) return last!;
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"Still not true after {timeout.TotalSeconds:0} s: {what} (last seen: {last?.ToString() ?? "nothing"})");
    }

    public static Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, CancellationToken ct = default) =>
        HoldsAsync<object>(async () => await condition() ? true : null, v => v is not null, timeout, what, ct);
}
