using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Reports;

/// <summary>/reports/track — "Tra cứu phản ánh": status history, public notes, expected date; the reporter confirms, reopens, rates.</summary>
public sealed class TrackModel(PublicReports reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    public JsonElement? Report { get; private set; }
    public string? Problem { get; private set; }
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Code)) await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var answer = await reports.GetAsync($"/track/{Uri.EscapeDataString(Code!.Trim())}", ct);
        Report = answer.Succeeded ? answer.Body : null;
        if (!answer.Succeeded)
            Problem = (int)answer.Status == 429 ? answer.Problem : "Không tìm thấy phản ánh với mã này. Hãy kiểm tra lại mã tra cứu.";
    }

    public Task OnPostConfirmAsync(CancellationToken ct) => AnswerAsync("confirm", null, "Cảm ơn bạn đã xác nhận kết quả giải quyết.", ct);

    public Task OnPostReopenAsync(string? reason, CancellationToken ct) =>
        AnswerAsync("reopen", JsonContent.Create(new { reason }), "Phản ánh đã được mở lại để phường tiếp tục xử lý.", ct);

    public Task OnPostRateAsync(int? rating, CancellationToken ct) =>
        AnswerAsync("rate", JsonContent.Create(new { rating }), "Cảm ơn bạn đã đánh giá.", ct);

    private async Task AnswerAsync(string action, HttpContent? body, string done, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code)) return;
        var answer = await reports.PostAsync($"/track/{Uri.EscapeDataString(Code.Trim())}/{action}", body, ct);
        if (answer.Succeeded) Done = done;
        else Problem = answer.FieldErrors.Values.FirstOrDefault() ?? answer.Problem;
        await LoadAsync(ct);
    }
}
