using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace WardPlatform.Persistence;

/// <summary>
/// The database gone (stopped, restarting, unreachable) is not the caller's fault and not a bug: 503 with
/// Retry-After, so a client knows to try again, instead of a 500. The request's transaction did not commit (a
/// connection lost during COMMIT itself is the one case a client cannot tell, as with any database).
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!DatabaseFailures.IsUnavailable(exception) || context.Response.HasStarted) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Cơ sở dữ liệu tạm thời không sẵn sàng",
                Detail = $"Hệ thống đang khởi động lại cơ sở dữ liệu. Vui lòng thử lại sau {RetryAfterSeconds} giây.",
                Type = "https://wardplatform.vn/problems/service-unavailable",
                Extensions = { ["code"] = "database_unavailable", ["retryAfterSeconds"] = RetryAfterSeconds },
            },
        });
    }
}
