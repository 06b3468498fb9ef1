using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace WardPlatform.Gateway.Proxy;

/// <summary>A service that is down or too slow answers as problem details (502/503/504), not an empty body.</summary>
public sealed class ProxyErrorProblemDetails(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted) return;

        var service = context.GetReverseProxyFeature().Route.Config.ClusterId;
        context.Response.StatusCode = error.Error switch
        {
            ForwarderError.RequestTimedOut => StatusCodes.Status504GatewayTimeout,
            ForwarderError.NoAvailableDestinations => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status502BadGateway,
        };
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
