using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Admin;

/// <summary>
/// /admin/clusters: emulation clusters. A province's (cụm thi đua) groups wards, a ward's (khối thi đua) groups its
/// units; the administrator makes one, changes its name and members (?edit=id), or removes it.
/// </summary>
[Authorize]
public sealed class ClustersModel(ServiceClient services) : PageModel
{
    public List<JsonElement> Clusters { get; private set; } = [];
    /// <summary>What a cluster of this person's tenant can hold: wards (province) or units (ward), as (id, name).</summary>
    public IReadOnlyList<(string Id, string Name)> Candidates { get; private set; } = [];
    public bool OfWards => WorkRoles.ReadsProvince(User);
    [BindProperty(SupportsGet = true)] public Guid? Edit { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<string> Members { get; set; } = [];
    [BindProperty] public Guid? ClusterId { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? Done { get; private set; }
    public JsonElement? Editing => Clusters.Cast<JsonElement?>().FirstOrDefault(c => c!.Value.Str("id") == Edit?.ToString());

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync("directory", "/clusters", Body(), ct);
        await AfterAsync(Answer.Succeeded ? $"Đã tạo “{Answer.Body?.Str("name")}”." : null, ct);
    }

    public async Task OnPostSaveAsync(CancellationToken ct)
    {
        Edit = ClusterId;
        Answer = await services.SendAsync("directory", HttpMethod.Put, $"/clusters/{ClusterId}", System.Net.Http.Json.JsonContent.Create(Body()), ct);
        if (Answer.Succeeded) Edit = null;
        await AfterAsync(Answer.Succeeded ? $"Đã lưu “{Answer.Body?.Str("name")}”." : null, ct);
    }

    public async Task OnPostRemoveAsync(CancellationToken ct)
    {
        if (!Confirmed)
        {
            Answer = new ServiceAnswer(System.Net.HttpStatusCode.BadRequest, null, "Hãy đánh dấu ô xác nhận trước khi xóa cụm, khối.", new Dictionary<string, string>());
            await AfterAsync(null, ct);
            return;
        }
        var name = (await services.GetAsync("directory", $"/clusters/{ClusterId}", ct)).Body?.Str("name");
        Answer = await services.SendAsync("directory", HttpMethod.Delete, $"/clusters/{ClusterId}", null, ct);
        await AfterAsync(Answer.Succeeded ? $"Đã xóa “{name}”." : null, ct);
    }

    public string? ErrorFor(string field) => Answer?.FieldErrors.GetValueOrDefault(field);

    public bool IsMember(JsonElement? cluster, string id) =>
        Answer is { Succeeded: false } ? Members.Contains(id)
        : cluster is { } c && c.Items("members").Any(m => (OfWards ? m.Str("wardCode") : m.Str("unitId")) == id);

    private object Body() => OfWards
        ? new { name = Name, wardCodes = Members }
        : new { name = Name, unitIds = Members.Select(m => Guid.TryParse(m, out var id) ? id : Guid.Empty).ToList() };

    private async Task AfterAsync(string? done, CancellationToken ct)
    {
        Done = done;
        if (done is null) Response.StatusCode = (int)Answer!.Status;
        else (Name, Members) = (null, []);
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var answer = await services.GetAsync("directory", "/clusters", ct);
        Clusters = answer.Body is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray()] : [];
        if (!answer.Succeeded && Answer is null) Answer = answer;
        if (OfWards)
            Candidates = (await WardDirectory.LoadAsync(services, ct)).ByName;
        else
        {
            var units = await services.GetAsync("directory", "/units", ct);
            Candidates = units.Body is { ValueKind: JsonValueKind.Array } u ? [.. u.EnumerateArray().Select(x => (x.Str("id"), x.Str("name")))] : [];
        }
    }
}
