using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Admin;

/// <summary>/admin/units: the tenant's units (phòng ban, công an, trường …), and adding one (administrators).</summary>
[Authorize]
public sealed class UnitsModel(ServiceClient services) : PageModel
{
    public static readonly (string Value, string Label)[] Kinds =
    [
        ("Department", "Phòng ban, văn phòng"), ("PublicServiceCentre", "Trung tâm Phục vụ hành chính công"),
        ("Police", "Công an"), ("MilitaryCommand", "Ban Chỉ huy quân sự"), ("School", "Trường học"),
        ("Enterprise", "Doanh nghiệp"), ("MassOrganisation", "Tổ chức chính trị - xã hội"), ("Other", "Khác"),
    ];

    public List<JsonElement> Units { get; private set; } = [];
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public string? Kind { get; set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? Added { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync("directory", "/units", new { name = Name, shortName = string.IsNullOrWhiteSpace(ShortName) ? null : ShortName, kind = Kind }, ct);
        if (Answer.Succeeded)
        {
            Added = Answer.Body?.GetProperty("name").GetString();
            Name = ShortName = Kind = null;
        }
        else Response.StatusCode = (int)Answer.Status;
        await LoadAsync(ct);
    }

    public string? ErrorFor(string field) => Answer?.FieldErrors.GetValueOrDefault(field);

    private async Task LoadAsync(CancellationToken ct)
    {
        var list = await services.GetAsync("directory", "/units", ct);
        Units = list.Body is { ValueKind: JsonValueKind.Array } array ? [.. array.EnumerateArray()] : [];
    }
}
