using WardPlatform.Contracts;
using WardPlatform.Rankings.Definitions;
using WardPlatform.Rankings.Explanation;
using WardPlatform.Rankings.Export;
using WardPlatform.Rankings.Facts;
using WardPlatform.Rankings.Links;
using WardPlatform.Rankings.Live;
using WardPlatform.Rankings.Overview;
using WardPlatform.Rankings.Publishing;

namespace WardPlatform.Rankings.Apis;

public static class RankingsApi
{
    public static IEndpointRouteBuilder MapRankingsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(ResourceNames.Rankings, "Xếp hạng xã, phường")))
            .WithTags("Xếp hạng xã, phường");

        var definitions = app.MapGroup("/definitions").WithTags("Bảng xếp hạng");
        definitions.MapGet("/", DefinitionEndpoints.ListAsync);
        definitions.MapPost("/", DefinitionEndpoints.CreateAsync);
        definitions.MapGet("/{id:guid}", DefinitionEndpoints.GetAsync);
        definitions.MapPost("/series/{seriesId:guid}/versions", DefinitionEndpoints.NewVersionAsync);
        definitions.MapPost("/series/{seriesId:guid}/adjustments", EnteredEndpoints.AddAdjustmentAsync);
        definitions.MapGet("/{id:guid}/live", LiveEndpoints.LiveAsync);
        definitions.MapGet("/{id:guid}/simulation", LiveEndpoints.SimulationAsync);
        definitions.MapGet("/{id:guid}/wards/{ward}/explanation", ExplanationEndpoints.LiveAsync);
        definitions.MapPost("/{id:guid}/publish", PublishEndpoints.PublishAsync);

        var published = app.MapGroup("/published").WithTags("Kết quả xếp hạng đã công bố");
        published.MapGet("/", PublishEndpoints.ListAsync);
        published.MapGet("/{id:guid}", PublishEndpoints.GetAsync);
        published.MapGet("/{id:guid}/rerun", PublishEndpoints.RerunAsync);
        published.MapGet("/{id:guid}/wards/{ward}/explanation", ExplanationEndpoints.PublishedAsync);
        published.MapPost("/{id:guid}/workbook", ExportEndpoints.WorkbookAsync);

        var entered = app.MapGroup("/entered-values").WithTags("Số liệu tỉnh nhập");
        entered.MapPut("/", EnteredEndpoints.PutValuesAsync);
        entered.MapPost("/workbook", UploadEntered.HandleAsync).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(UploadEntered.MaxBytes + 64 * 1024));
        var links = app.MapGroup("/links").WithTags("Liên kết chỉ tiêu với chỉ tiêu của tỉnh");
        links.MapPost("/proposals", LinkEndpoints.ProposalsAsync);
        links.MapGet("/{wardTargetId:guid}", LinkEndpoints.GetAsync);
        links.MapPut("/{wardTargetId:guid}", LinkEndpoints.PutAsync);
        app.MapGet("/overview", OverviewEndpoints.GetAsync).WithTags("Tổng quan của tỉnh");
        return app;
    }
}
