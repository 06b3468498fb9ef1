using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>
/// /rankings/entered: the province uploads the values it enters per ward for a year (PAR Index, SIPAS…) from an Excel
/// sheet (Mã phường, Tên phường, Giá trị, optionally Nguồn); a ward's chairman or administrator uploads its
/// neighbourhoods' values (Khu phố, Giá trị, optionally Nguồn), read by the names the directory gives the ward's
/// neighbourhoods. Each bad row is listed by its row number and nothing is stored.
/// </summary>
[Authorize]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 64 * 1024)]
public sealed class EnteredModel(ServiceClient services) : PageModel
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    [BindProperty] public string? Key { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? Record { get; set; }
    public bool IsProvince => WorkRoles.IsProvinceStaff(User);
    /// <summary>A ward's chairman or administrator: enters its neighbourhoods' values (the rankings service's RankingAccess.IsWardManager).</summary>
    public bool IsWardManager => WorkRoles.RoleOf(User) is WardRoles.WardChairman or WardRoles.WardAdministrator;
    public Dictionary<string, List<string>> Errors { get; private set; } = [];
    public string? Problem { get; private set; }
    public string? Stored { get; private set; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public void OnGet() => Year ??= DateTime.UtcNow.AddHours(7).Year.ToString();

    public async Task<IActionResult> OnPostAsync(IFormFile? enteredFile, CancellationToken ct)
    {
        if (enteredFile is null || enteredFile.Length == 0 || enteredFile.Length > MaxFileBytes)
        {
            Errors["file"] = [enteredFile is null || enteredFile.Length == 0 ? $"Chọn tệp Excel (.xlsx) số liệu theo {UnitName}." : "Tệp không được lớn quá 2 MB."];
            Problem = "Số liệu chưa được lưu.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Key ?? ""), "key" }, { new StringContent(Year ?? ""), "year" }, { new StringContent(Record ?? ""), "record" },
        };
        if (IsWardManager) form.Add(new StringContent(await NeighbourhoodsAsync(ct)), "neighbourhoods");
        var file = new StreamContent(enteredFile.OpenReadStream());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", Path.GetFileName(enteredFile.FileName));
        var answer = await services.SendAsync("rankings", HttpMethod.Post, "/entered-values/workbook", form, ct);
        if (answer.Succeeded && answer.Body is { } body)
        {
            Stored = $"Đã lưu {body.Str("rows")} dòng số liệu “{body.Str("key")}” năm {body.Str("year")}"
                + (body.Str("notApplicable") is { Length: > 0 } na && na != "0" ? $" ({na} {UnitName} không áp dụng)." : ".");
            return Page();
        }
        Errors = answer.Body is { ValueKind: JsonValueKind.Object } problem && problem.TryGetProperty("errors", out var fields)
            ? fields.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToList())
            : [];
        Problem = Errors.Count > 0 ? "Số liệu chưa được lưu: sửa các dòng dưới đây rồi tải lên lại." : answer.Problem;
        Response.StatusCode = answer.Status == HttpStatusCode.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return Page();
    }

    public string UnitName => IsWardManager ? "khu phố, ấp" : "phường";

    /// <summary>The ward's neighbourhoods as the directory gives them to this person, for the service to read the sheet's names by.</summary>
    private async Task<string> NeighbourhoodsAsync(CancellationToken ct)
    {
        var tenant = User.FindFirst(WardClaims.Tenant)?.Value ?? "";
        var answer = await services.GetAsync("directory", $"/neighbourhoods?tenantCode={Uri.EscapeDataString(tenant)}", ct);
        var list = answer.Body is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(n => new { id = n.Str("id"), name = n.Str("name") }).ToList() : [];
        return JsonSerializer.Serialize(list);
    }
}
