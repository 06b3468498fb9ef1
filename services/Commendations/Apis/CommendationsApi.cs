using Microsoft.AspNetCore.Mvc;
using WardPlatform.Commendations.Appraisal;
using WardPlatform.Commendations.Decisions;
using WardPlatform.Commendations.Documents;
using WardPlatform.Commendations.Eligibility;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Commendations.Posting;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Commendations.Rules;
using WardPlatform.Contracts;

namespace WardPlatform.Commendations.Apis;

public static class CommendationsApi
{
    public static IEndpointRouteBuilder MapCommendationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Ok(new ServiceInfo(ResourceNames.Commendations, "Thi đua, khen thưởng")))
            .WithTags("Thi đua, khen thưởng");

        var rules = app.MapGroup("/rules").WithTags("Quy định khen thưởng");
        rules.MapGet("/", RulesApi.InForceAsync);
        rules.MapPost("/", RulesApi.AddVersionAsync);

        var rounds = app.MapGroup("/rounds").WithTags("Đợt khen thưởng");
        rounds.MapGet("/", RoundsApi.ListAsync);
        rounds.MapPost("/", RoundsApi.CreateAsync);
        rounds.MapGet("/{id:guid}", RoundsApi.GetAsync);
        rounds.MapPut("/{id:guid}/quotas", RoundsApi.SetQuotasAsync);
        // A token-authenticated API, not a cookie form: no antiforgery token here (the gateway checks its own).
        rounds.MapPost("/{id:guid}/nominations", Nominate.HandleAsync).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Nominate.MaxRequestBytes));
        rounds.MapPost("/{id:guid}/post", PostingApi.PostAsync);
        rounds.MapGet("/{id:guid}/objections", PostingApi.ObjectionsAsync);
        rounds.MapPost("/{id:guid}/objections/{objectionId:guid}/answer", PostingApi.AnswerAsync);
        rounds.MapPost("/{id:guid}/decide", DecisionsApi.DecideAsync);
        rounds.MapGet("/{id:guid}/awards.xlsx", DocumentsApi.RoundAwardsAsync);

        var nominations = app.MapGroup("/nominations").WithTags("Hồ sơ đề nghị");
        nominations.MapGet("/", AppraisalApi.QueueAsync);
        nominations.MapGet("/page", AppraisalApi.QueuePageAsync);
        nominations.MapGet("/{id:guid}", AppraisalApi.GetAsync);
        nominations.MapPost("/{id:guid}/appraise", AppraisalApi.AppraiseAsync);
        nominations.MapPost("/{id:guid}/resubmit", AppraisalApi.ResubmitAsync);
        nominations.MapGet("/{id:guid}/{part}.docx", DocumentsApi.DossierAsync);
        nominations.MapPost("/{id:guid}/upward", Upward.UpwardApi.SendAsync);
        nominations.MapPost("/{id:guid}/upward-result", Upward.UpwardApi.ResultAsync);
        nominations.MapGet("/{id:guid}/package.zip", Upward.UpwardApi.PackageAsync);

        var records = app.MapGroup("/conduct-records").WithTags("Kỷ luật, thanh tra, khiếu nại");
        records.MapGet("/", ConductRecordsApi.ListAsync);
        records.MapPost("/", ConductRecordsApi.CreateAsync);

        var decisions = app.MapGroup("/decisions").WithTags("Quyết định khen thưởng");
        decisions.MapGet("/", DecisionsApi.ListAsync);
        decisions.MapGet("/{id:guid}", DecisionsApi.GetAsync);
        decisions.MapPost("/{id:guid}/revoke", DecisionsApi.RevokeAsync);
        decisions.MapGet("/{id:guid}/quyet-dinh.{format}", DocumentsApi.DecisionAsync);
        decisions.MapGet("/{id:guid}/awards/{awardId:guid}/giay-khen.pdf", DocumentsApi.CertificateAsync);

        var register = app.MapGroup("/register").WithTags("Sổ vàng");
        register.MapGet("/", DecisionsApi.RegisterAsync);
        register.MapGet("/register.xlsx", DocumentsApi.RegisterAsync);

        // The public page of a ward: no sign-in, only lists while they are posted.
        var open = app.MapGroup("/public").WithTags("Công khai").AllowAnonymous();
        open.MapGet("/wards/{tenant}/rounds", PostingApi.PublicListAsync);
        open.MapGet("/rounds/{id:guid}", PostingApi.PublicGetAsync);
        open.MapPost("/rounds/{id:guid}/objections", PostingApi.ObjectAsync).DisableAntiforgery();
        return app;
    }
}
