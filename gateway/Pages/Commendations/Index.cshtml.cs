using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Commendations;

/// <summary>/commendations: the ward's commendation rounds; the culture-social office opens one with its quotas.</summary>
[Authorize]
public sealed class IndexModel(ServiceClient services) : PageModel
{
    public List<JsonElement> Rounds { get; private set; } = [];
    public ServiceAnswer? Answer { get; private set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? NominationsDue { get; set; }
    [BindProperty] public int? Collectives { get; set; }
    [BindProperty] public int? Individuals { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The sổ vàng as Excel, fetched with the person's token.</summary>
    public async Task<IActionResult> OnGetRegisterAsync(CancellationToken ct) =>
        await services.GetFileAsync("commendations", "/register/register.xlsx", ct) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!VietnamDates.TryRead(NominationsDue, out var due))
        {
            Answer = new ServiceAnswer(System.Net.HttpStatusCode.BadRequest, null, "Hạn nộp hồ sơ không hợp lệ: dùng dạng ngày/tháng/năm (dd/MM/yyyy).",
                new Dictionary<string, string> { ["nominationsDue"] = "Hạn nộp hồ sơ không hợp lệ: dùng dạng ngày/tháng/năm (dd/MM/yyyy)." });
            await LoadAsync(ct);
            return Page();
        }
        var quotas = new List<object>();
        if (Collectives is { } c) quotas.Add(new { form = "giay-khen", recipientKind = "collective", maxCount = c });
        if (Individuals is { } i) quotas.Add(new { form = "giay-khen", recipientKind = "individual", maxCount = i });
        Answer = await services.PostAsync("commendations", "/rounds", new { title = Title, nominationsDue = due, quotas }, ct);
        if (Answer.Succeeded && Answer.Body is { } round) return Redirect($"/commendations/rounds/{round.Str("id")}");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var answer = await services.GetAsync("commendations", "/rounds", ct);
        Rounds = answer.Body is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().ToList() : [];
    }
}
