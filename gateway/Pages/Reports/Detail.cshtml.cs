using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Reports;

/// <summary>/reports/{id} — one report: details, photos, history, and the moves staff make (the service decides which are allowed).</summary>
[Authorize]
[RequestSizeLimit(52 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 52 * 1024 * 1024)]
public sealed class DetailModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public JsonElement? Report { get; private set; }
    public JsonElement? Contact { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var answer = await services.GetAsync("reports", $"/reports/{Id}", ct);
        if (!answer.Succeeded) return false;
        Report = answer.Body;
        var contact = await services.GetAsync("reports", $"/reports/{Id}/contact", ct);
        Contact = contact.Succeeded ? contact.Body : null;
        return true;
    }

    public async Task<IActionResult> OnPostMoveAsync(string move, string? note, string? unit, string? reason, string? original, string? until, CancellationToken ct)
    {
        if (move is not ("assign" or "start" or "verify" or "reject" or "duplicate" or "extend")) return BadRequest();
        DateOnly? untilDate = null;
        if (move == "extend" && !VietnamDates.TryRead(until, out untilDate))
            return await ShowAsync("Ngày gia hạn không hợp lệ (dd/MM/yyyy).", ct);
        Guid? originalId = null;
        if (move == "duplicate") originalId = await FindOriginalAsync(original, ct);
        var answer = await services.PostAsync("reports", $"/reports/{Id}/{move}",
            new { note = Blank(note), unit = Blank(unit), reason = Blank(reason), originalId, until = untilDate }, ct);
        return answer.Succeeded ? RedirectToPage(new { Id }) : await ShowAsync(answer.Problem, ct, answer.FieldErrors);
    }

    public async Task<IActionResult> OnPostResolveAsync(string? note, List<IFormFile> photos, CancellationToken ct)
    {
        var form = new MultipartFormDataContent();
        if (!string.IsNullOrWhiteSpace(note)) form.Add(new StringContent(note), "note");
        foreach (var file in photos.Where(f => f.Length > 0))
        {
            var part = new StreamContent(file.OpenReadStream());
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "photos", file.FileName);
        }
        var answer = await services.SendAsync("reports", HttpMethod.Post, $"/reports/{Id}/resolve", form, ct);
        return answer.Succeeded ? RedirectToPage(new { Id }) : await ShowAsync(answer.Problem, ct, answer.FieldErrors);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid photoId, CancellationToken ct)
    {
        var answer = await services.SendAsync("reports", HttpMethod.Post, $"/reports/{Id}/photos/{photoId}/approve", null, ct);
        return answer.Succeeded ? RedirectToPage(new { Id }) : await ShowAsync(answer.Problem, ct);
    }

    public async Task<IActionResult> OnGetPhotoAsync(Guid photoId, CancellationToken ct) =>
        await services.GetFileAsync("reports", $"/reports/{Id}/photos/{photoId}", ct) is { } file
            ? File(file.Content, file.ContentType) : NotFound();

    /// <summary>The original, typed as its number ("PA-000123") as staff say it.</summary>
    private async Task<Guid?> FindOriginalAsync(string? original, CancellationToken ct)
    {
        if (Guid.TryParse(original, out var id)) return id;
        var answer = await services.GetAsync("reports", "/reports?pageSize=200", ct);
        return answer.Body?.Items("items").FirstOrDefault(r => string.Equals(r.Str("reference"), original?.Trim(), StringComparison.OrdinalIgnoreCase)) is { ValueKind: JsonValueKind.Object } found
            && Guid.TryParse(found.Str("id"), out var foundId) ? foundId : null;
    }

    private async Task<IActionResult> ShowAsync(string? problem, CancellationToken ct, IReadOnlyDictionary<string, string>? errors = null)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Problem = errors is { Count: > 0 } ? string.Join(" ", errors.Values) : problem;
        Errors = errors ?? new Dictionary<string, string>();
        Response.StatusCode = 400;
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
