using WardPlatform.Contracts;
using WardPlatform.Reports.Calendar;
using WardPlatform.Reports.Categories;
using WardPlatform.Reports.Handling;
using WardPlatform.Reports.Places;
using WardPlatform.Reports.Summary;

namespace WardPlatform.Reports.Apis;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(ResourceNames.Reports, "Phản ánh, kiến nghị về an ninh trật tự")))
            .WithTags("Phản ánh, kiến nghị về an ninh trật tự");
        app.MapPublicApi();
        app.MapStaffApi();
        app.MapWardSetupApi();
        app.MapProvinceCategoriesApi();
        app.MapCalendarApi();
        app.MapPlacesApi();
        app.MapSummaryApi();
        Open311.Open311Api.MapOpen311Api(app);
        Open311.Open311KeysApi.MapOpen311KeysApi(app);
        return app;
    }
}
