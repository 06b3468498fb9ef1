using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Commendations;

/// <summary>
/// /commendations/queue: the appraiser's queue, earliest deadline first, each check with its reason, overdue marked;
/// 50 dossiers a page (a province round can hold thousands).
/// </summary>
[Authorize]
public sealed class QueueModel(ServiceClient services) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = ListPage.Parameter)] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<JsonElement> Nominations { get; private set; } = [];
    public ListPage Paging { get; private set; } = new(1, PageSize, 0, "/commendations/queue", "");
    public ServiceAnswer? Answer { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = Q is { Length: > 200 } ? Q[..200] : Q;
        Answer = await services.GetAsync("commendations",
            "/nominations/page" + ListPage.QueryString([ListPage.Pair("q", q), $"page={Math.Max(1, PageNumber)}", $"pageSize={PageSize}"]), ct);
        Nominations = ListPage.ItemsOf(Answer.Body);
        Paging = ListPage.From(Answer.Body, "/commendations/queue", ListPage.Pair("q", q));
    }
}
