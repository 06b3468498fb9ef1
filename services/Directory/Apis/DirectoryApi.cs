using WardPlatform.Contracts;

namespace WardPlatform.Directory.Apis;

public static class DirectoryApi
{
    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        // The service's resources arrive with its issue; until then it describes itself.
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(ResourceNames.Directory, "Danh mục đơn vị, người dùng và phân quyền")))
            .WithTags("Danh mục đơn vị, người dùng và phân quyền");
        return app;
    }
}
