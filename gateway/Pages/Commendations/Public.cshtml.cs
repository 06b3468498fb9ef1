using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Commendations;

/// <summary>/cong-khai/{tenant}: the lists a ward has posted before its decisions, for anyone (no sign-in), with the objection form.</summary>
public sealed class PublicModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Tenant { get; set; } = "";
    public List<JsonElement> Rounds { get; private set; } = [];
    public ServiceAnswer? Answer { get; private set; }
    [BindProperty] public Guid RoundId { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? SenderName { get; set; }
    [BindProperty] public string? SenderContact { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync("commendations", $"/public/rounds/{RoundId}/objections", new { text = Text, senderName = SenderName, senderContact = SenderContact }, ct);
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        if (Tenant.Length is 0 or > 20 || !Tenant.All(char.IsAsciiLetterOrDigit)) return NotFound();
        var answer = await services.GetAsync("commendations", $"/public/wards/{Tenant}/rounds", ct);
        Rounds = answer.Body is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().ToList() : [];
        return Page();
    }
}
