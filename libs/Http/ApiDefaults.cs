using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace WardPlatform.Http;

/// <summary>
/// How every service's HTTP API behaves: RFC 9457 problem details for every error (never a bare 500
/// or an empty 400), and an OpenAPI document that knows the gateway prefix it is served under.
/// </summary>
public static class ApiDefaults
{
    /// <summary>Set by the gateway on proxied requests: the path prefix the service is reachable under.</summary>
    public const string ForwardedPrefixHeader = "X-Forwarded-Prefix";

    public static IHostApplicationBuilder AddApiDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier));

        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, context, _) =>
        {
            var prefix = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext?
                .Request.Headers[ForwardedPrefixHeader].ToString();
            if (!string.IsNullOrEmpty(prefix))
                document.Servers = [new OpenApiServer { Url = prefix }];
            return Task.CompletedTask;
        }).AddOperationTransformer(AnonymousOperations.MarkAsync));
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new TextWithoutControlCharacters());
        });
        // Binding failures become exceptions in every environment, so they all get the same 400 problem.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication UseApiDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The API description is public: the gateway's API reference reads it before anyone signs in.
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
