using WardPlatform.Contracts;

namespace WardPlatform.Commendations.Apis;

public static class CommendationsApi
{
    public static IEndpointRouteBuilder MapCommendationsApi(this IEndpointRouteBuilder app)
    {
        // The service's resources arrive with its issue; until then it describes itself.
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(ResourceNames.Commendations, "Thi đua, khen thưởng")))
            .WithTags("Thi đua, khen thưởng");
        return app;
    }
}
