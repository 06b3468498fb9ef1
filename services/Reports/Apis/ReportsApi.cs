using WardPlatform.Contracts;

namespace WardPlatform.Reports.Apis;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        // The service's resources arrive with its issue; until then it describes itself.
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(ResourceNames.Reports, "Phản ánh, kiến nghị về an ninh trật tự")))
            .WithTags("Phản ánh, kiến nghị về an ninh trật tự");
        return app;
    }
}
