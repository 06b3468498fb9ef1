using WardPlatform.Contracts;

namespace WardPlatform.Rankings.Apis;

public static class RankingsApi
{
    public static IEndpointRouteBuilder MapRankingsApi(this IEndpointRouteBuilder app)
    {
        // The service's resources arrive with its issue; until then it describes itself.
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(ResourceNames.Rankings, "Xếp hạng xã, phường")))
            .WithTags("Xếp hạng xã, phường");
        return app;
    }
}
