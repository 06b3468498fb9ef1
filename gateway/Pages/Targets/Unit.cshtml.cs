using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Targets;

/// <summary>/targets/unit?name=…: one unit's targets across the plans, with their statuses, and its report as Excel.</summary>
[Authorize]
public sealed class UnitModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    public JsonElement Board { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 300) return NotFound();
        var answer = await services.GetAsync("targets", $"/units/{Uri.EscapeDataString(Name)}/board", ct);
        if (answer.Status == HttpStatusCode.NotFound || answer.Body is not { ValueKind: JsonValueKind.Object } board) return NotFound();
        Board = board;
        return Page();
    }

    /// <summary>The unit's board as the targets service lays it out for sending upward, streamed as an attachment.</summary>
    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 300) return NotFound();
        var file = await services.GetFileAsync("targets", $"/units/{Uri.EscapeDataString(Name)}/board.xlsx", ct);
        if (file is null) return NotFound();
        return File(file.Content, file.ContentType, file.FileName ?? "bao-cao-chi-tieu-don-vi.xlsx");
    }
}
