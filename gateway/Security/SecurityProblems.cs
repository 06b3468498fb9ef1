using Microsoft.AspNetCore.Mvc;

namespace WardPlatform.Gateway.Security;

/// <summary>The gateway's own refusals, as problem details with a stable code.</summary>
public static class SecurityProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, string code,
        IDictionary<string, object?>? extensions = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Type = "https://wardplatform.vn/problems/" + code.Replace('_', '-'),
            Status = status,
            Title = title,
            Detail = detail,
            Extensions = { ["code"] = code },
        };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
