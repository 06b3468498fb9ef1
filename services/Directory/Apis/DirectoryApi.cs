using WardPlatform.Contracts;
using WardPlatform.Directory.Integrations;
using WardPlatform.Directory.Me;
using WardPlatform.Directory.Organisation;
using WardPlatform.Directory.People;

namespace WardPlatform.Directory.Apis;

public static class DirectoryApi
{
    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(ResourceNames.Directory, "Danh mục đơn vị, người dùng và phân quyền")))
            .WithTags("Danh mục đơn vị, người dùng và phân quyền");
        app.MapMe();
        app.MapProvincesAndWards();
        app.MapUnits();
        app.MapNeighbourhoods();
        app.MapClusters();
        app.MapPeople();
        app.MapMachineClients();
        return app;
    }
}
