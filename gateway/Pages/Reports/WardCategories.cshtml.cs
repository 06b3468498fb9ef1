using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Reports;

/// <summary>
/// /reports/ward-categories — the ward's own report categories: those it follows from the province and those it set
/// itself. Its staff read them; the ward's administrator edits one (it becomes the ward's own), adds one with a new
/// code, or hands an edited one back to the province's version.
/// </summary>
[Authorize]
public sealed class WardCategoriesModel(ServiceClient services) : PageModel, ICategoryForm
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public string? DeadlineDays { get; set; }
    [BindProperty] public bool Active { get; set; } = true;
    public List<JsonElement> Categories { get; private set; } = [];
    public ServiceAnswer? Answer { get; private set; }
    public string? Done { get; private set; }

    public bool CanEdit => WorkRoles.RoleOf(User) == WardRoles.WardAdministrator;
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
        var deadline = int.TryParse(DeadlineDays, out var days) ? days : (int?)null;
        await LoadAsync(ct);
        Answer = code.Length == 0
            ? new ServiceAnswer(HttpStatusCode.BadRequest, null, "Dữ liệu không hợp lệ",
                new Dictionary<string, string> { ["code"] = "Mã loại phản ánh không được để trống." })
            : Editing
                ? await services.SendAsync("reports", HttpMethod.Put, "/setup/categories/" + Uri.EscapeDataString(code),
                    System.Net.Http.Json.JsonContent.Create(new { name = Name, unit = Unit, deadlineDays = deadline, active = Active }), ct)
                : await services.PostAsync("reports", "/setup/categories", new { code, name = Name, unit = Unit, deadlineDays = deadline, active = Active }, ct);
        if (Answer.Succeeded)
        {
            Done = $"Đã lưu “{Answer.Body!.Value.Str("name")}” theo cách phường tự đặt; thay đổi của tỉnh không còn áp dụng cho loại này.";
            (Code, Name, Unit, DeadlineDays, Active) = (null, null, null, null, true);
        }
        else Response.StatusCode = (int)Answer.Status;
        await LoadAsync(ct);
    }

    public async Task OnPostProvinceVersionAsync(string code, CancellationToken ct)
    {
        Answer = await services.SendAsync("reports", HttpMethod.Post, $"/setup/categories/{Uri.EscapeDataString(code)}/province-version", null, ct);
        if (Answer.Succeeded) Done = $"“{Answer.Body!.Value.Str("name")}” đã dùng lại danh mục của tỉnh và theo các thay đổi của tỉnh từ nay.";
        else Response.StatusCode = (int)Answer.Status;
        Code = null;
        await LoadAsync(ct);
    }

    public string? ErrorFor(string field) => Answer?.FieldErrors.GetValueOrDefault(field);

    private async Task LoadAsync(CancellationToken ct)
    {
        var setup = await IndexModel.EnsureOpenAsync(services, User, ct);
        if (setup is { } ward) { Categories = [.. ward.Items("categories")]; return; }
        if (Answer is not null) return;
        Answer = new ServiceAnswer(HttpStatusCode.Forbidden, null, "Trang này dành cho cán bộ phường, xã: danh mục của tỉnh ở trang “Loại phản ánh của tỉnh”.", new Dictionary<string, string>());
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
