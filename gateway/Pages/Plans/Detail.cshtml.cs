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

    public async Task<IActionResult> OnGetAsync(Guid id, string? moved, string? handedOver, string? linked, int? unlinked, CancellationToken ct)
    {
        Linked = linked is not null ? "Đã lưu liên kết chỉ tiêu với chỉ tiêu của tỉnh."
            : unlinked is > 0 ? $"Kế hoạch đã lưu, nhưng {unlinked} liên kết với chỉ tiêu của tỉnh chưa lưu được: hãy liên kết lại ở dưới." : null;
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

    /// <summary>The plan's targets with the province target each answers and the choices (a ward plan citing a province plan).</summary>
    public List<TargetLinkRow> Links { get; private set; } = [];
    public string? Linked { get; private set; }

    /// <summary>Links one target to the province target it answers (or removes the link), through the rankings service.</summary>
    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid targetId, string? provinceTarget, CancellationToken ct)
    {
        var plan = await services.GetAsync("plans", $"/plans/{id}", ct);
        if (plan.Status == HttpStatusCode.NotFound || plan.Body is not { } body) return NotFound();
        if (!body.Items("targets").Any(t => t.Str("targetId") == targetId.ToString())) return NotFound();
        Guid? chosen = Guid.TryParse(provinceTarget, out var g) ? g : null;
        var answer = await TargetLinks.PutAsync(services, targetId.ToString(), chosen, TargetLinks.CitedPlans(body), ct);
        if (answer is { Succeeded: true }) return Redirect($"/plans/{id}?linked=1#target-links");
        Errors["link"] = answer is null ? "Dịch vụ xếp hạng chưa trả lời: hãy thử lại sau."
            : answer.FieldErrors.Values.FirstOrDefault() ?? answer.Problem ?? "Chưa liên kết được.";
        var status = answer?.Status switch { HttpStatusCode.Forbidden => HttpStatusCode.Forbidden, HttpStatusCode.Conflict => HttpStatusCode.Conflict,
            null => HttpStatusCode.ServiceUnavailable, _ => HttpStatusCode.BadRequest };
        return await LoadAsync(id, ct, "Liên kết chỉ tiêu chưa được lưu.", status);
    }

    private async Task LoadLinksAsync(JsonElement plan, CancellationToken ct)
    {
        var cited = TargetLinks.CitedPlans(plan);
        var targets = plan.Items("targets").ToList();
        if (IsProvincePlan || cited.Count == 0 || targets.Count == 0) return;
        var choices = await TargetLinks.ProposeAsync(services, cited, targets.Select(t => ((string?)t.Str("text"), (string?)t.Str("kind"), (string?)t.Str("unit"))).ToList(), ct);
        if (choices.All(c => c.Count == 0)) return;
        try
        {
            for (var i = 0; i < targets.Count; i++)
            {
                var id = targets[i].Str("targetId");
                var link = await services.GetAsync("rankings", $"/links/{id}", ct);
                var current = link.Succeeded && link.Body is { } l ? l.Str("provinceTargetId") : "";
                Links.Add(new TargetLinkRow(id, targets[i].Str("text"), current, i < choices.Count ? choices[i] : []));
            }
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            Links.Clear();   // rankings stopped answering: the page shows the plan without the links section
        }
    }

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
        await LoadLinksAsync(body, ct);
        Problem = problem;
        Response.StatusCode = (int)status;
        return Page();
    }
}

public sealed record TargetLinkRow(string TargetId, string Text, string ProvinceTarget, List<ProvinceChoice> Choices);
