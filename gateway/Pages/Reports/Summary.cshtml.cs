using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Reports;

/// <summary>
/// /reports/summary — the ward's figures over a period (default: this month): counts by status and category, on-time
/// share per unit and per category, overdue list, hot spots, relapse rate, and the Excel monthly report to send upward.
/// A province's staff see the same figures per ward side by side, read-only. No reporter's contact anywhere.
/// </summary>
[Authorize]
public sealed class SummaryModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public JsonElement? Ward { get; private set; }
    public List<JsonElement> Wards { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];
    public string? Problem { get; private set; }

    public bool IsProvince => User.FindFirst("ward_tenant")?.Value is { Length: > 0 } tenant && tenant == User.FindFirst("ward_province")?.Value;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Query() is not { } query) { Response.StatusCode = 400; return; }
        var answer = await services.GetAsync("reports", (IsProvince ? "/summary/wards" : "/summary") + query, ct);
        if (!answer.Succeeded)
        {
            Problem = answer.Problem;
            foreach (var (field, message) in answer.FieldErrors) Errors[field] = message;
            Response.StatusCode = (int)answer.Status;
            return;
        }
        if (IsProvince) Wards = [.. answer.Body!.Value.EnumerateArray()];
        else Ward = answer.Body;
        if (Ward is { } w) { From = VietnamDates.Show(w, "from"); To = VietnamDates.Show(w, "to"); }
        else if (Wards.FirstOrDefault() is { ValueKind: JsonValueKind.Object } first) { From = VietnamDates.Show(first, "from"); To = VietnamDates.Show(first, "to"); }
    }

    /// <summary>The period's monthly report as the reports service lays it out, streamed as an attachment.</summary>
    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (Query() is not { } query) { Response.StatusCode = 400; return Page(); }
        var file = await services.GetFileAsync("reports", "/summary/reports.xlsx" + query, ct);
        if (file is null) { Problem = "Không tạo được báo cáo Excel cho kỳ này."; Response.StatusCode = 400; return Page(); }
        return File(file.Content, file.ContentType, file.FileName ?? "bao-cao-phan-anh.xlsx");
    }

    /// <summary>The period as the service reads it ("?from=2026-02-01&amp;to=2026-02-28"), or null with the fields' errors.</summary>
    private string? Query()
    {
        if (!VietnamDates.TryRead(From, out var from)) Errors["from"] = "Từ ngày phải là ngày hợp lệ dạng dd/MM/yyyy, ví dụ 01/02/2026.";
        if (!VietnamDates.TryRead(To, out var to)) Errors["to"] = "Đến ngày phải là ngày hợp lệ dạng dd/MM/yyyy, ví dụ 28/02/2026.";
        if (Errors.Count > 0) { Problem = "Kỳ báo cáo không hợp lệ."; return null; }
        var parts = new List<string>();
        if (from is { } f) parts.Add($"from={f:yyyy-MM-dd}");
        if (to is { } t) parts.Add($"to={t:yyyy-MM-dd}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public static IEnumerable<(string Key, string Value)> Pairs(JsonElement figures, string property) =>
        figures.Obj(property) is { ValueKind: JsonValueKind.Object } map
            ? map.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.Number ? JsonValues.Show(p.Value.GetDecimal()) : ""))
            : [];

    public static string Percent(decimal? value) => value is null ? "—" : JsonValues.Show(value) + "%";

    public static readonly string[] StatusLabels = ["Tiếp nhận", "Đã phân công", "Đang xử lý", "Đã giải quyết", "Đã xác minh", "Từ chối", "Trùng"];
}
