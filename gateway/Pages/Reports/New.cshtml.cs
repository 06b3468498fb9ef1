using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Reports;

/// <summary>/reports/new — "Gửi phản ánh": a citizen, without signing in, picks the ward, then files with photos.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 52 * 1024 * 1024)]
[RequestSizeLimit(52 * 1024 * 1024)]
public sealed class NewModel(PublicReports reports) : PageModel
{
    public static readonly string[] Fields = ["category", "neighbourhoodId", "street", "houseNumber", "description", "reporterName", "reporterPhone", "latitude", "longitude"];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Ward { get; set; }
    public List<JsonElement> Wards { get; private set; } = [];
    public JsonElement? WardDetail { get; private set; }
    public Dictionary<string, string> Values { get; } = new();
    public bool Anonymous { get; private set; } = true;
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Problem { get; private set; }
    public JsonElement? Taken { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Ward)) return await LoadWardAsync(ct) ? Page() : NotFound();
        var answer = await reports.GetAsync("/wards" + (string.IsNullOrWhiteSpace(Q) ? "" : "?q=" + Uri.EscapeDataString(Q.Trim())), ct);
        Wards = answer.Body is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray()] : [];
        return Page();
    }

    private async Task<bool> LoadWardAsync(CancellationToken ct)
    {
        var answer = await reports.GetAsync($"/wards/{Uri.EscapeDataString(Ward!)}", ct);
        WardDetail = answer.Succeeded ? answer.Body : null;
        return WardDetail is not null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Ward) || !await LoadWardAsync(ct)) return NotFound();
        var form = new MultipartFormDataContent();
        foreach (var field in Fields)
        {
            var value = Request.Form[field].ToString();
            Values[field] = value;
            if (value.Length > 0) form.Add(new StringContent(value), field);
        }
        Anonymous = Request.Form["anonymous"] == "true";
        form.Add(new StringContent(Anonymous ? "true" : "false"), "anonymous");
        if (Request.Form["website"].ToString() is { Length: > 0 } honeypot) form.Add(new StringContent(honeypot), "website");
        foreach (var file in Request.Form.Files.GetFiles("photos").Where(f => f.Length > 0))
        {
            var part = new StreamContent(file.OpenReadStream());
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "photos", file.FileName);
        }
        var answer = await reports.PostAsync($"/wards/{Uri.EscapeDataString(Ward)}/reports", form, ct);
        if (answer.Succeeded) Taken = answer.Body;
        else (Problem, Errors) = (answer.FieldErrors.Count > 0 ? "Phản ánh chưa gửi được: hãy sửa các mục bên dưới." : answer.Problem, answer.FieldErrors);
        return Page();
    }

    /// <summary>"Đây là điều tôi muốn phản ánh": follow an open report instead of filing it again.</summary>
    public async Task<IActionResult> OnPostFollowAsync(Guid followId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Ward) || !await LoadWardAsync(ct)) return NotFound();
        var answer = await reports.PostAsync($"/reports/{followId}/follow", null, ct);
        if (answer.Succeeded) Taken = answer.Body;
        else Problem = "Phản ánh này đã được xử lý xong hoặc không còn: hãy gửi phản ánh mới.";
        return Page();
    }

    public string Value(string field) => Values.GetValueOrDefault(field) ?? "";
    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
