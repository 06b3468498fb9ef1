using Microsoft.AspNetCore.Mvc;
using WardPlatform.Plans.Attachments;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Documents;
using WardPlatform.Plans.Importing;
using WardPlatform.Plans.Lifecycle;
using WardPlatform.Plans.Reading;

namespace WardPlatform.Plans.Apis;

public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/plans").WithTags("Kế hoạch");
        plans.MapGet("/", ListPlans.HandleAsync);
        plans.MapGet("/page", ListPlanPage.HandleAsync);
        plans.MapGet("/{id:guid}", GetPlan.HandleAsync);
        plans.MapGet("/{id:guid}/cascade", PlanCascade.HandleAsync);
        plans.MapPost("/", ConfirmPlan.HandleAsync);
        plans.MapPut("/{id:guid}", ReplacePlan.HandleAsync);
        plans.MapDelete("/{id:guid}", WithdrawDraft.HandleAsync);

        plans.MapPost("/{id:guid}/submit", HandOver.SubmitAsync);
        plans.MapPost("/{id:guid}/return", HandOver.ReturnAsync);

        plans.MapPost("/{id:guid}/issue", MovePlan.To(PlanStatus.Issued));
        plans.MapPost("/{id:guid}/start", MovePlan.To(PlanStatus.InProgress));
        plans.MapPost("/{id:guid}/midterm-review", MovePlan.To(PlanStatus.MidTermReviewed));
        plans.MapPost("/{id:guid}/final-review", MovePlan.To(PlanStatus.FinalReview));
        plans.MapPost("/{id:guid}/close", MovePlan.To(PlanStatus.Closed));

        // Token-authenticated APIs, not cookie forms: no antiforgery token to check.
        plans.MapPost("/import", ImportPlan.HandleAsync).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PlanFile.MaxBytes + 1024 * 1024));
        plans.MapPost("/{id:guid}/attachments", AttachFile.HandleAsync).DisableAntiforgery()
            // Not .Accepts(): that makes routing answer 415 to another ward's caller before the 404 of tenancy.
            .WithDescription("multipart/form-data, tệp trong trường “file”: PDF, DOCX, XLSX, JPG, PNG, tối đa 10 MB.")
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentFile.MaxBytes + 1024 * 1024));
        plans.MapGet("/{id:guid}/attachments/{attachmentId:guid}", AttachmentEndpoints.DownloadAsync);
        plans.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", AttachmentEndpoints.DeleteAsync);
        return app;
    }
}
