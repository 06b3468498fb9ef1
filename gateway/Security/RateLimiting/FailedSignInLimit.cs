using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace WardPlatform.Gateway.Security.RateLimiting;

/// <summary>
/// Counts, per client address, the password attempts the directory refused (the sign-in form's 401 and 423, the token
/// endpoint's 400 and 401). Once an address has spent <see cref="RateLimitSettings.FailedSignIns"/> in a window, its
/// password attempts get 429 until the window ends. A right password costs nothing, so a whole office behind one address
/// signs in freely while guessing from it stays slow; each account is also locked by the directory after a few misses.
/// </summary>
public sealed class FailedSignInLimit(RequestDelegate next, IOptions<RateLimitSettings> options, TimeProvider clock)
{
    private const int ForgetExpiredAbove = 10_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (!TrafficClassifier.IsPasswordAttempt(context.Request))
        {
            await next(context);
            return;
        }

        var limit = options.Value.FailedSignIns;
        var address = GatewayRateLimits.ClientAddress(context);
        var now = clock.GetUtcNow();
        if (_windows.TryGetValue(address, out var spent) && spent.Ends > now && spent.Failures >= limit.PermitLimit)
        {
            await RateLimitRejection.WriteAsync(context, spent.Ends - now);
            return;
        }

        await next(context);

        if (!Refused(context)) return;
        _windows.AddOrUpdate(address,
            _ => new Window(now + limit.Window, 1),
            (_, window) => window.Ends > now ? window with { Failures = window.Failures + 1 } : new Window(now + limit.Window, 1));
        if (_windows.Count > ForgetExpiredAbove) ForgetExpired(now);
    }

    private static bool Refused(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status401Unauthorized or StatusCodes.Status423Locked => true,
        StatusCodes.Status400BadRequest => context.Request.Path.StartsWithSegments("/connect/token", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private void ForgetExpired(DateTimeOffset now)
    {
        foreach (var (address, window) in _windows)
            if (window.Ends <= now) _windows.TryRemove(address, out _);
    }

    private sealed record Window(DateTimeOffset Ends, int Failures);
}
