using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Targets;

/// <summary>/targets/unit?name=…: one unit's targets across the plans, with their statuses.</summary>
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
}
