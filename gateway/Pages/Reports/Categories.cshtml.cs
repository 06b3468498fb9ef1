using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Reports;

/// <summary>
/// /reports/categories — the province's report categories, which its wards inherit: each with its routing unit and
/// deadline in working days. Province staff read them; the province's administrator edits one or adds one (a new code).
/// </summary>
[Authorize]
public sealed class CategoriesModel(ServiceClient services) : PageModel, ICategoryForm
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public string? DeadlineDays { get; set; }
    [BindProperty] public bool Active { get; set; } = true;
    public List<JsonElement> Categories { get; private set; } = [];
    public ServiceAnswer? Answer { get; private set; }
    public string? Done { get; private set; }

    public bool CanEdit => WorkRoles.RoleOf(User) == WardRoles.ProvinceAdministrator;
    public bool Editing => Categories.Any(c => c.Str("code") == Code);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Categories.FirstOrDefault(c => c.Str("code") == Code) is { ValueKind: JsonValueKind.Object } category)
            (Name, Unit, DeadlineDays, Active) = (category.Str("name"), category.Str("unit"), category.Str("deadlineDays"), category.Str("active") == "true");
        else Code = null;
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var code = Code?.Trim() ?? "";
        Answer = code.Length == 0
            ? new ServiceAnswer(HttpStatusCode.BadRequest, null, "Dữ liệu không hợp lệ",
                new Dictionary<string, string> { ["code"] = "Mã loại phản ánh không được để trống." })
            : await services.SendAsync("reports", HttpMethod.Put, "/province/categories/" + Uri.EscapeDataString(code),
                System.Net.Http.Json.JsonContent.Create(new
                {
                    name = Name, unit = Unit, deadlineDays = int.TryParse(DeadlineDays, out var days) ? days : (int?)null, active = Active,
                }), ct);
        if (Answer.Succeeded)
        {
            var saved = Answer.Body!.Value;
            Done = $"Đã lưu “{saved.Obj("category").Str("name")}”; {saved.Str("wardsFollowing")} xã, phường theo danh mục của tỉnh đã được cập nhật.";
            (Code, Name, Unit, DeadlineDays, Active) = (null, null, null, null, true);
        }
        else Response.StatusCode = (int)Answer.Status;
        await LoadAsync(ct);
    }

    public string? ErrorFor(string field) => Answer?.FieldErrors.GetValueOrDefault(field);

    private async Task LoadAsync(CancellationToken ct)
    {
        var answer = await services.GetAsync("reports", "/province/categories", ct);
        Categories = answer.Body is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray()] : [];
        if (!answer.Succeeded && Answer is null) { Answer = answer; Response.StatusCode = (int)answer.Status; }
    }
}
