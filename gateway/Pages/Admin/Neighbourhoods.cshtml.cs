using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Admin;

/// <summary>/admin/neighbourhoods: the ward's khu phố, tổ dân phố and ấp; the ward's administrator adds, renames and removes them.</summary>
[Authorize]
public sealed class NeighbourhoodsModel(ServiceClient services) : PageModel
{
    public static readonly (string Value, string Label)[] Kinds = [("KhuPho", "Khu phố"), ("ToDanPho", "Tổ dân phố"), ("Ap", "Ấp")];

    public List<JsonElement> Neighbourhoods { get; private set; } = [];
    public WardDirectory Wards { get; private set; } = WardDirectory.Empty;
    public bool ProvinceWide => WorkRoles.ReadsProvince(User);
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public Guid? NeighbourhoodId { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? Done { get; private set; }
    public Guid? FailedFor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync("directory", "/neighbourhoods", new { name = Name, kind = Kind }, ct);
        await AfterAsync(Answer.Succeeded ? $"Đã thêm {Answer.Body?.Str("kindLabel")?.ToLowerInvariant()} “{Answer.Body?.Str("name")}”." : null, null, ct);
    }

    public async Task OnPostEditAsync(CancellationToken ct)
    {
        Answer = await services.SendAsync("directory", HttpMethod.Put, $"/neighbourhoods/{NeighbourhoodId}",
            System.Net.Http.Json.JsonContent.Create(new { name = Name, kind = Kind }), ct);
        await AfterAsync(Answer.Succeeded ? $"Đã lưu “{Answer.Body?.Str("name")}”." : null, NeighbourhoodId, ct);
    }

    public async Task OnPostRemoveAsync(CancellationToken ct)
    {
        if (!Confirmed)
        {
            Answer = new ServiceAnswer(System.Net.HttpStatusCode.BadRequest, null, "Hãy đánh dấu ô xác nhận trước khi xóa.", new Dictionary<string, string>());
            await AfterAsync(null, NeighbourhoodId, ct);
            return;
        }
        var name = (await services.GetAsync("directory", $"/neighbourhoods/{NeighbourhoodId}", ct)).Body?.Str("name");
        Answer = await services.SendAsync("directory", HttpMethod.Delete, $"/neighbourhoods/{NeighbourhoodId}", null, ct);
        await AfterAsync(Answer.Succeeded ? $"Đã xóa “{name}”." : null, NeighbourhoodId, ct);
    }

    public string? ErrorFor(string field) => FailedFor is null ? Answer?.FieldErrors.GetValueOrDefault(field) : null;

    public string? RowErrors(JsonElement row) =>
        FailedFor?.ToString() == row.Str("id") && Answer is { } a ? string.Join(" ", a.FieldErrors.Values.DefaultIfEmpty(a.Problem ?? "")) : null;

    private async Task AfterAsync(string? done, Guid? row, CancellationToken ct)
    {
        Done = done;
        if (done is null) { FailedFor = row; Response.StatusCode = (int)Answer!.Status; }
        else Name = Kind = null;
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (ProvinceWide) Wards = await WardDirectory.LoadAsync(services, ct);
        var answer = await services.GetAsync("directory", "/neighbourhoods", ct);
        Neighbourhoods = answer.Body is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray()] : [];
        if (!answer.Succeeded && Answer is null) Answer = answer;
    }
}
