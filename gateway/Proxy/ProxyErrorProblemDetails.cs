using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace WardPlatform.Gateway.Proxy;

/// <summary>
/// A service that is down or too slow answers as problem details (502/503/504) with Retry-After, not an empty body:
/// a restarted service is back within seconds, so a client should try again.
/// </summary>
public sealed class ProxyErrorProblemDetails(RequestDelegate next, IProblemDetailsService problems)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted) return;

        var service = context.GetReverseProxyFeature().Route.Config.ClusterId;
        context.Response.StatusCode = error.Error switch
        {
            ForwarderError.RequestTimedOut => StatusCodes.Status504GatewayTimeout,
            // Not reached at all (down, restarting): the request did nothing there, so "try again" is the whole answer.
            ForwarderError.NoAvailableDestinations or ForwarderError.Request or ForwarderError.RequestCreation => StatusCodes.Status503ServiceUnavailable,
            // Lost while the service was answering: it may have done the work.
            _ => StatusCodes.Status502BadGateway,
        };
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = context.Response.StatusCode,
                Title = $"Dịch vụ {service} tạm thời không phản hồi",
                Detail = "Vui lòng thử lại sau ít phút. Nếu lỗi còn tiếp diễn, hãy báo cho bộ phận CNTT của tỉnh.",
                Type = "https://wardplatform.vn/problems/service-unavailable",
                Extensions = { ["service"] = service, ["error"] = error.Error.ToString() },
            },
        });
    }
}
