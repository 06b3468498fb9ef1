using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// /plans/{id}: the plan as a document, its lifecycle (history and the next move), its target board from the targets
/// service (by theme, per unit, with an Excel export; while it is being registered, its progress) and, for a
/// province plan, how the wards cascaded it, by ward name.
/// </summary>
[Authorize]
public sealed class DetailModel(ServiceClient services, TimeProvider clock) : PageModel
{
    public JsonElement Plan { get; private set; }
    public JsonElement? Board { get; private set; }
    public BoardRegistration Registration { get; private set; } = new(0, 0, false, false);
    public JsonElement? Cascade { get; private set; }
    public WardDirectory Wards { get; private set; } = WardDirectory.Empty;
    public string? Problem { get; private set; }
    public string? Moved { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];

    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? IssuedOn { get; set; }
    /// <summary>The box a person ticks to confirm an irreversible move (Ban hành, Kết thúc) or withdrawing a draft.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    public bool IsProvincePlan => Plan.Str("tenantCode") == Plan.Str("provinceCode");

    /// <summary>What the plans service says this person may do now: the page shows those buttons and no others.</summary>
    public IReadOnlyList<string> Actions => Plan.ValueKind == JsonValueKind.Object ? [.. Plan.Strings("actions")] : [];
    public bool May(string action) => Actions.Contains(action);

    public async Task<IActionResult> OnGetAsync(Guid id, string? moved, string? handedOver, CancellationToken ct)
    {
        HandedOver = handedOver switch { "submit" => "Đã trình ký dự thảo.", "return" => "Đã trả lại dự thảo cho người soạn.", _ => null };
        Moved = moved is not null && PlanLabels.Statuses.Any(s => s.Value == moved) ? PlanLabels.Status(moved) : null;
        return await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? move, CancellationToken ct)
    {
        if (move is null || !PlanLabels.IsMove(move)) return await LoadAsync(id, ct, "Thao tác không hợp lệ.", HttpStatusCode.BadRequest);
        var (body, errors) = PlanMoveForm.Read(move, Note, IssuedOn);
        if (PlanMoveForm.IsIrreversible(move) && !Confirmed)
            errors[PlanMoveForm.ConfirmField] = "Hãy đánh dấu ô xác nhận: thao tác này không thể hoàn tác.";
        if (errors.Count > 0) body = null;
        Errors = errors;
        if (body is null) return await LoadAsync(id, ct, NotMoved, HttpStatusCode.BadRequest);
        var answer = await services.PostAsync("plans", $"/plans/{id}/{move}", body, ct);
        if (answer.Succeeded) return Redirect($"/plans/{id}?moved={answer.Body?.Str("status")}");
        Errors = new Dictionary<string, string>(answer.FieldErrors);
        var problem = answer.Status == HttpStatusCode.NotFound ? "Không tìm thấy kế hoạch."
            : answer.FieldErrors.Count > 0 ? NotMoved : answer.Problem;
        return await LoadAsync(id, ct, problem, answer.Status);
    }

    /// <summary>"Trình ký" (submit, with an optional note) or "Trả lại" (return, with a required reason).</summary>
    public async Task<IActionResult> OnPostHandOverAsync(Guid id, string? step, string? handOverNote, CancellationToken ct)
    {
        if (step is not ("submit" or "return")) return await LoadAsync(id, ct, "Thao tác không hợp lệ.", HttpStatusCode.BadRequest);
        var answer = await services.PostAsync("plans", $"/plans/{id}/{step}", new { note = handOverNote }, ct);
        if (answer.Succeeded) return Redirect($"/plans/{id}?handedOver={step}");
        Errors = answer.FieldErrors.ToDictionary(e => "handOverNote", e => e.Value);
        return await LoadAsync(id, ct, answer.Status == HttpStatusCode.NotFound ? "Không tìm thấy kế hoạch." : answer.Problem, answer.Status);
    }

    /// <summary>Withdraws (deletes) a draft, after the person ticked the confirmation.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        if (!Confirmed)
        {
            Errors["withdrawConfirm"] = "Hãy đánh dấu ô xác nhận rút dự thảo.";
            return await LoadAsync(id, ct, "Dự thảo chưa được rút.", HttpStatusCode.BadRequest);
        }
        var answer = await services.SendAsync("plans", HttpMethod.Delete, $"/plans/{id}", null, ct);
        if (answer.Succeeded) return Redirect("/plans?withdrawn=1");
        return await LoadAsync(id, ct, answer.Status == HttpStatusCode.NotFound ? "Không tìm thấy kế hoạch." : answer.Problem, answer.Status);
    }

    public string? HandedOver { get; private set; }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    private const string NotMoved = "Kế hoạch chưa được chuyển trạng thái: hãy sửa các ô được đánh dấu.";

    /// <summary>The board as the targets service lays it out for sending upward, streamed as an attachment.</summary>
    public async Task<IActionResult> OnGetExcelAsync(Guid id, CancellationToken ct)
    {
        var file = await services.GetFileAsync("targets", $"/plans/{id}/board.xlsx", ct);
        if (file is null) return NotFound();
        return File(file.Content, file.ContentType, file.FileName ?? $"bang-chi-tieu-{id}.xlsx");
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct, string? problem = null, HttpStatusCode status = HttpStatusCode.OK)
    {
        var plan = await services.GetAsync("plans", $"/plans/{id}", ct);
        if (plan.Status == HttpStatusCode.NotFound) return NotFound();
        if (!plan.Succeeded || plan.Body is not { } body)
        {
            Problem = plan.Problem;
            Response.StatusCode = (int)plan.Status;
            return Page();
        }
        Plan = body;
        var board = await services.GetAsync("targets", $"/plans/{id}/board", ct);
        Board = board.Succeeded ? board.Body : null;
        Registration = BoardRegistration.Of(body, Board);
        if (PlanLabels.NextMove(body.Str("status")) is { } next && PlanMoveForm.AsksIssueDate(next.Action) && IssuedOn is null)
            IssuedOn = PlanMoveForm.DefaultIssuedOn(body, clock);
        if (IsProvincePlan && await services.GetAsync("plans", $"/plans/{id}/cascade", ct) is { Succeeded: true } cascade)
        {
            Cascade = cascade.Body;
            if (cascade.Body is { } c && c.Items("wardPlans").Any()) Wards = await WardDirectory.LoadAsync(services, ct);
        }
        Problem = problem;
        Response.StatusCode = (int)status;
        return Page();
    }
}
