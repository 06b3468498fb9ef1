using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Targets;

/// <summary>/targets/{id}: a target, its status and reason, its progress chart and reports, and the progress entry form.</summary>
[Authorize]
[RequestSizeLimit(MaxFiles * MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFiles * MaxFileBytes + 1024 * 1024)]
public sealed partial class DetailModel(ServiceClient services, TimeProvider clock) : PageModel
{
    /// <summary>The targets service's own limits: 5 files of 10 MB.</summary>
    public const int MaxFiles = 5;
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public JsonElement Target { get; private set; }
    public JsonElement Detail { get; private set; }
    public ProgressChart Chart { get; private set; } = ProgressChart.Of(default, null, "");
    public string? Problem { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Recorded { get; private set; }

    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? ReportedOn { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Unit { get; set; }
    /// <summary>For a correction: the report this one replaces, and why.</summary>
    [BindProperty] public string? Corrects { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Baseline { get; set; }

    /// <summary>Whether this person may correct or withdraw the report: its author, or an administrator (the service checks the same).</summary>
    public bool MayCorrect(JsonElement report) =>
        report.Obj("superseded").ValueKind != JsonValueKind.Object
        && (WorkRoles.IsAdministrator(User) || (User.FindFirst("sub")?.Value is { } me && me == report.Str("reportedBy")));

    /// <summary>A wrong report withdrawn with a reason; it stays in the history.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid reportId, string? withdrawReason, CancellationToken ct)
    {
        var answer = await services.PostAsync("targets", $"/targets/{id}/progress/{reportId}/withdraw", new { reason = withdrawReason }, ct);
        if (answer.Succeeded) return Redirect($"/targets/{id}?recorded=true#reports");
        if (answer.Status == HttpStatusCode.NotFound) return NotFound();
        Errors = answer.FieldErrors.ToDictionary(e => "withdraw-" + reportId, e => e.Value);
        return await LoadAsync(id, ct, answer.FieldErrors.Count > 0 ? "Báo cáo chưa được rút: hãy ghi lý do." : answer.Problem, answer.Status);
    }

    /// <summary>A reduction's baseline figure ("so với năm 2025"), which the plan names but does not state.</summary>
    public async Task<IActionResult> OnPostBaselineAsync(Guid id, CancellationToken ct)
    {
        if (!decimal.TryParse((Baseline ?? "").Trim().Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            Errors["baseline"] = "Số liệu năm gốc phải là một số (ví dụ 120 hoặc 120,5).";
            return await LoadAsync(id, ct, "Số liệu năm gốc chưa được lưu.", HttpStatusCode.BadRequest);
        }
        var answer = await services.SendAsync("targets", HttpMethod.Put, $"/targets/{id}/baseline",
            System.Net.Http.Json.JsonContent.Create(new { value }), ct);
        if (answer.Succeeded) return Redirect($"/targets/{id}?recorded=true");
        if (answer.Status == HttpStatusCode.NotFound) return NotFound();
        Errors = answer.FieldErrors.ToDictionary(e => "baseline", e => e.Value);
        return await LoadAsync(id, ct, answer.FieldErrors.Count > 0 ? "Số liệu năm gốc chưa được lưu." : answer.Problem, answer.Status);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, bool recorded, CancellationToken ct)
    {
        ReportedOn = VietnamDates.Show(VietnamDates.Today(clock));
        var result = await LoadAsync(id, ct);
        if (recorded && Target.ValueKind == JsonValueKind.Object) Recorded = $"Đã ghi nhận báo cáo. Trạng thái chỉ tiêu: {Target.Str("statusLabel")}.";
        return result;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, List<IFormFile> evidence, CancellationToken ct)
    {
        if (!VietnamDates.TryRead(ReportedOn, out var reportedOn) || reportedOn is null)
            Errors["reportedOn"] = "Ngày báo cáo không hợp lệ: nhập ngày có thật theo dạng ngày/tháng/năm (ví dụ 30/05/2026).";
        if (evidence.Count > MaxFiles) Errors["evidence"] = $"Tối đa {MaxFiles} tệp minh chứng cho một báo cáo.";
        else if (evidence.FirstOrDefault(f => f.Length > MaxFileBytes) is { } large)
            Errors["evidence"] = $"Tệp “{Path.GetFileName(large.FileName)}” quá lớn: tối đa {MaxFileBytes / 1024 / 1024} MB mỗi tệp.";
        if (Errors.Count > 0) return await LoadAsync(id, ct, "Báo cáo chưa được lưu: hãy sửa các ô được đánh dấu.", HttpStatusCode.BadRequest);

        using var content = new MultipartFormDataContent
        {
            { new StringContent(Value ?? ""), "value" },
            { new StringContent(reportedOn!.Value.ToString("yyyy-MM-dd")), "reportedOn" },
            { new StringContent(Note ?? ""), "note" },
            { new StringContent(Unit ?? ""), "unit" },
        };
        if (!string.IsNullOrEmpty(Corrects))
        {
            content.Add(new StringContent(Corrects), "corrects");
            content.Add(new StringContent(Reason ?? ""), "reason");
        }
        foreach (var file in evidence.Where(f => f.Length > 0))
        {
            var part = new StreamContent(file.OpenReadStream());
            part.Headers.ContentType = new MediaTypeHeaderValue(string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType);
            content.Add(part, "evidence", Path.GetFileName(file.FileName));
        }
        var answer = await services.SendAsync("targets", HttpMethod.Post, $"/targets/{id}/progress", content, ct);
        if (answer.Succeeded) return Redirect($"/targets/{id}?recorded=true#reports");
        if (answer.Status == HttpStatusCode.NotFound) return NotFound();
        Errors = new Dictionary<string, string>(answer.FieldErrors);
        var problem = answer.FieldErrors.Count > 0 ? "Báo cáo chưa được lưu: hãy sửa các ô được đánh dấu." : answer.Problem;
        return await LoadAsync(id, ct, problem, answer.Status);
    }

    /// <summary>An evidence file, fetched with the person's own token (another ward's file stays 404).</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        var file = await services.GetFileAsync("targets", $"/targets/{id}/evidence/{fileId}", ct);
        if (file is null) return NotFound();
        return File(file.Content, file.ContentType, file.FileName ?? fileId.ToString());
    }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    private static (DateOnly, DateOnly)? Period(JsonElement target) =>
        DateOnly.TryParse(target.Str("periodFrom"), System.Globalization.CultureInfo.InvariantCulture, out var from)
        && DateOnly.TryParse(target.Str("periodTo"), System.Globalization.CultureInfo.InvariantCulture, out var to)
            ? (from, to) : null;

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct, string? problem = null, HttpStatusCode status = HttpStatusCode.OK)
    {
        var answer = await services.GetAsync("targets", $"/targets/{id}", ct);
        if (answer.Status == HttpStatusCode.NotFound) return NotFound();
        Problem = problem ?? (answer.Succeeded ? null : answer.Problem);
        if (answer.Body is { ValueKind: JsonValueKind.Object } detail && answer.Succeeded)
        {
            Detail = detail;
            Target = detail.Obj("target");
            var threshold = Target.Str("kind") == "Staged" && Target.Items("stages").Any()
                ? Target.Items("stages").Max(s => s.Num("value")) : Target.Num("value");
            Chart = ProgressChart.Of(detail.Obj("series"), threshold, Target.Str("threshold"), lowerIsBetter: Target.Str("kind") == "Rank",
                Period(Target), detail.Obj("expectedPath"));
            await LoadReportCategoriesAsync(ct);
        }
        Response.StatusCode = answer.Succeeded ? (int)status : (int)answer.Status;
        return Page();
    }
}
