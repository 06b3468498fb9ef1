using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace WardPlatform.Tenancy;

public static class TenancyExtensions
{
    /// <summary>
    /// The caller's <see cref="TenantScope"/> per request (from the token's claims), the system scope outside
    /// requests, the write guard on every DbContext, and 403 problems for denied writes.
    /// </summary>
    public static IHostApplicationBuilder AddTenancy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddScoped(services =>
            services.GetRequiredService<IHttpContextAccessor>().HttpContext is { } http ? TenantScope.From(http.User) : TenantScope.System);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, TenantWriteGuard>());
        builder.Services.AddExceptionHandler<TenantAccessDeniedHandler>();
        return builder;
    }
}

/// <summary>A write outside the caller's scope is a 403 problem, with nothing saved.</summary>
public sealed class TenantAccessDeniedHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not TenantAccessDeniedException) return false;
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Không có quyền thay đổi dữ liệu này",
                Detail = "Dữ liệu thuộc đơn vị khác: bạn chỉ được thay đổi dữ liệu của đơn vị mình.",
                Extensions = { ["code"] = "tenant_forbidden" },
            },
        });
    }
}
