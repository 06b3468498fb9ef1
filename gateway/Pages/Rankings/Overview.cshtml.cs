using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>/rankings/overview: for each province plan, the wards that cascaded it and those not yet; plans and target statuses per ward.</summary>
[Authorize]
public sealed class OverviewModel(ServiceClient services) : PageModel
{
    public JsonElement Overview { get; private set; }
    public WardDirectory Names { get; private set; } = WardDirectory.Empty;
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var answer = await services.GetAsync("rankings", "/overview", ct);
        if (!answer.Succeeded)
        {
            Problem = answer.Problem;
            Response.StatusCode = (int)answer.Status;
            return;
        }
        Overview = answer.Body!.Value;
        Names = await WardDirectory.LoadAsync(services, ct);
    }

    public static readonly (string Status, string Label)[] Statuses =
        [("OnTrack", "Đúng tiến độ"), ("AtRisk", "Có nguy cơ"), ("Achieved", "Đạt"), ("Missed", "Không đạt")];
}
