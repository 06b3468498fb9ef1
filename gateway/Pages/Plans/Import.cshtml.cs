using System.Net.Http.Headers;
using System.Security.Claims;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// /plans/import: a plan file read by the plans service into a draft, reviewed beside its source text, corrected and
/// confirmed. Between upload and confirmation the draft lives in the form (a hidden JSON field), never on the server.
/// </summary>
[Authorize]
public sealed class ImportModel(ServiceClient services) : PageModel
{
    /// <summary>The plans service's own limit: a larger file is refused here without sending it on.</summary>
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    [BindProperty] public PlanReview Review { get; set; } = new();
    [BindProperty] public string? DraftJson { get; set; }
    [BindProperty] public string? SourceText { get; set; }
    /// <summary>Set when a confirmed draft is being corrected: the form saves it back (PUT) instead of creating a plan.</summary>
    [BindProperty] public Guid? EditId { get; set; }
    public IReadOnlyList<string> Unread { get; private set; } = [];
    public IReadOnlyList<FigureRow> Figures { get; private set; } = [];
    /// <summary>The ward's units (directory), the owners a target is chosen from; empty when the directory did not answer.</summary>
    public IReadOnlyList<WardUnitName> Units { get; private set; } = [];
    public string? Problem { get; private set; }
    /// <summary>The number is another plan's: which ward's, and the link to it.</summary>
    public PlanNumberConflict? NumberConflict { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public bool Reviewing => DraftJson is not null;
    private readonly HashSet<string> _shown = [];

    public void OnGet() { }

    /// <summary>A confirmed draft, read back from the plans service into the same review form (its targets keep their ids).</summary>
    public async Task<IActionResult> OnGetEditAsync(Guid id, CancellationToken ct)
    {
        var answer = await services.GetAsync("plans", $"/plans/{id}", ct);
        if (answer.Status == System.Net.HttpStatusCode.NotFound || answer.Body is not { ValueKind: JsonValueKind.Object } plan) return NotFound();
        if (!plan.Strings("actions").Contains("edit"))
        {
            Problem = plan.Str("status") == "Draft" ? "Anh/chị không có quyền sửa dự thảo này." : "Kế hoạch đã ban hành là văn bản chính thức, không sửa được.";
            return Answer(403);
        }
        var kept = JsonNode.Parse(plan.GetRawText())!.AsObject();
        foreach (var name in new[] { "id", "tenantCode", "provinceCode", "status", "createdAt", "issuedAt", "closedAt", "attachments", "history", "handOver", "actions" })
            kept.Remove(name);
        (EditId, DraftJson, SourceText) = (id, kept.ToJsonString(), null);
        Review = PlanReviewForm.Of(plan);
        Units = await WardUnits.LoadAsync(services, User, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Problem = "Hãy chọn tệp kế hoạch (.docx, .md hoặc .txt) có nội dung.";
            return Answer(400);
        }
        if (file.Length > MaxUploadBytes)
        {
            Problem = $"Tệp quá lớn: tối đa {MaxUploadBytes / 1024 / 1024} MB.";
            return Answer(413);
        }
        using var content = new MultipartFormDataContent();
        var part = new StreamContent(file.OpenReadStream());
        part.Headers.ContentType = new MediaTypeHeaderValue(string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType);
        content.Add(part, "file", Path.GetFileName(file.FileName));
        // The ward's units go along, so that the importer matches each target's owner to one of them.
        Units = await WardUnits.LoadAsync(services, User, ct);
        if (Units.Count > 0) content.Add(new StringContent(WardUnits.ToJson(Units), System.Text.Encoding.UTF8), "units");
        var answer = await services.SendAsync("plans", HttpMethod.Post, "/plans/import", content, ct);
        if (!answer.Succeeded || answer.Body is not { ValueKind: JsonValueKind.Object } draft)
        {
            Problem = answer.Problem ?? "Không đọc được tệp kế hoạch.";
            return Answer((int)answer.Status);
        }
        SourceText = draft.Str("sourceText");
        var kept = JsonNode.Parse(draft.GetRawText())!.AsObject();
        kept.Remove("sourceText");
        DraftJson = kept.ToJsonString();
        Review = PlanReviewForm.Of(draft);
        await TargetLinks.FillReviewAsync(services, Review, preselect: true, ct);
        Unread = [.. draft.Strings("unread")];
        Figures = PlanReviewForm.Figures(draft);
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        JsonObject? draft;
        try
        {
            draft = JsonNode.Parse(DraftJson ?? "") as JsonObject;
        }
        catch (JsonException)
        {
            draft = null;
        }
        if (draft is null)
        {
            (DraftJson, Problem) = (null, "Bản nháp kế hoạch bị hỏng: hãy tải tệp lên lại.");
            return Answer(400);
        }
        Unread = draft["unread"] is JsonArray unread ? [.. unread.Select(u => u?.ToString() ?? "")] : [];
        Units = await WardUnits.LoadAsync(services, User, ct);
        var drafted = JsonSerializer.SerializeToElement(draft);
        PlanReviewForm.Describe(drafted, Review);
        Figures = PlanReviewForm.Figures(drafted);

        // A share of the wards that cascaded the plan is a share of the province's wards: the directory knows how many.
        if (Review.Targets.Any(t => t.DataSource?.Trim() == WardPlatform.Contracts.ComputedTargetSources.CascadePlans && string.IsNullOrWhiteSpace(t.OutOf)))
            CascadeOutOf.Fill(Review, await ProvinceWards.CountAsync(services, User, ct));
        var built = PlanReviewBody.Build(draft, Review);
        if (built.Errors.Count == 0)
        {
            var answer = EditId is { } editId
                ? await services.SendAsync("plans", HttpMethod.Put, $"/plans/{editId}", JsonContent.Create(built.Body), ct)
                : await services.PostAsync("plans", "/plans", built.Body, ct);
            if (answer.Succeeded && answer.Body is { } created)
            {
                var unlinked = await TargetLinks.SaveReviewAsync(services, Review, created.Str("id"), ct);
                return Redirect($"/plans/{created.Str("id")}" + (unlinked > 0 ? $"?unlinked={unlinked}" : ""));
            }
            await TargetLinks.FillReviewAsync(services, Review, preselect: false, ct);
            built.AddServiceErrors(answer.FieldErrors);
            NumberConflict = PlanNumberConflict.From(answer, await WardDirectory.LoadAsync(services, ct), User.FindFirstValue(WardClaims.Province) ?? "");
            if (NumberConflict is not null) built.Errors["number"] = NumberConflict.Message + ": hãy đặt số khác.";
            Problem = answer.FieldErrors.Count > 0 ? "Kế hoạch chưa được lưu: hãy sửa các ô được đánh dấu." : answer.Problem;
            Errors = built.Errors;
            return Answer((int)answer.Status);
        }
        Errors = built.Errors;
        Problem = "Kế hoạch chưa được lưu: hãy sửa các ô được đánh dấu.";
        await TargetLinks.FillReviewAsync(services, Review, preselect: false, ct);
        return Answer(400);
    }

    /// <summary>The error of one field, noted as shown so that <see cref="ErrorsNotShown"/> lists only the rest.</summary>
    public string? ErrorFor(string field)
    {
        if (!Errors.TryGetValue(field, out var message)) return null;
        _shown.Add(field);
        return message;
    }

    /// <summary>The errors of a part shown read-only (a target's stages, its split), noted as shown.</summary>
    public IReadOnlyList<string> ErrorsUnder(string prefix)
    {
        var under = Errors.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        _shown.UnionWith(under.Select(e => e.Key));
        return [.. under.Select(e => e.Value)];
    }

    /// <summary>Errors no field on the page has shown yet (rendered last, so nothing the service says is lost).</summary>
    public IReadOnlyList<string> ErrorsNotShown() => [.. Errors.Where(e => !_shown.Contains(e.Key)).Select(e => e.Value)];

    private PageResult Answer(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
