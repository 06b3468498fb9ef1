using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;
using WardPlatform.Tenancy;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>
/// /rankings/new: province staff build a ranking definition (POST /definitions); /rankings/new?from={id} fills the form
/// from that definition and saves the next version of its series (POST /definitions/series/{seriesId}/versions), which
/// a ward's chairman or administrator may do for the ward's neighbourhood ranking. The rankings service checks every
/// field; its errors stand beside the fields, the values stay for correction.
/// </summary>
[Authorize]
public sealed class NewModel(ServiceClient services) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? From { get; set; }
    [BindProperty] public DefinitionForm Form { get; set; } = DefinitionForm.Blank();
    /// <summary>The definition the next version follows (GET /definitions/{From}).</summary>
    public JsonElement? Source { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];
    public string? Problem { get; private set; }
    /// <summary>False for those who may not save this definition: no form, only <see cref="Problem"/>.</summary>
    public bool MayEdit { get; private set; }

    /// <summary>The province's clusters of wards (khối thi đua) in the directory: name → member ward codes.</summary>
    public Dictionary<string, List<string>> Clusters { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);
    public IEnumerable<string> OtherErrors => Errors.Where(e => !Form.Shows(e.Key)).Select(e => e.Value);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadSourceAsync(ct)) return Page();
        if (Source is { } source) Form = DefinitionForm.Of(source);
        return Page();
    }

    /// <summary>"Thêm dòng tiêu chí": the same form with more empty rows, nothing sent.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(CancellationToken ct)
    {
        if (await LoadSourceAsync(ct)) Form.AddRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadSourceAsync(ct)) return Page();
        // A cluster of the directory ranks its members as the directory lists them now; otherwise the wards stay as they were.
        var wards = Form.Cluster is { Length: > 0 } cluster && Clusters.TryGetValue(cluster.Trim(), out var members) ? members
            : Source is { } s ? [.. s.Strings("wards")] : [];
        var body = Form.Body(wards, Errors);
        if (body is null) return Refused(HttpStatusCode.BadRequest, "Bảng xếp hạng chưa được lưu: sửa các ô được nêu dưới đây.");
        var answer = await services.PostAsync("rankings",
            Source is { } source ? $"/definitions/series/{source.Str("seriesId")}/versions" : "/definitions", body, ct);
        if (answer is { Succeeded: true, Body: { } saved }) return Redirect($"/rankings/live/{saved.Str("id")}");
        foreach (var (field, message) in answer.FieldErrors) Errors[Form.FormField(field)] = message;
        if (answer.Status == HttpStatusCode.Forbidden) MayEdit = false;
        return Refused(answer.Status, answer.FieldErrors.Count > 0 ? "Bảng xếp hạng chưa được lưu: sửa các ô được nêu dưới đây." : answer.Problem);
    }

    /// <summary>
    /// Reads the definition a new version follows and decides whether the form is shown: province staff for the
    /// province's rankings, the ward's chairman or administrator for its neighbourhood ranking (the service decides too).
    /// </summary>
    private async Task<bool> LoadSourceAsync(CancellationToken ct)
    {
        if (From is { } from)
        {
            var answer = await services.GetAsync("rankings", $"/definitions/{from}", ct);
            if (answer is not { Succeeded: true, Body: { } definition })
            {
                Refused(answer.Status, answer.Status == HttpStatusCode.NotFound ? "Không tìm thấy bảng xếp hạng." : answer.Problem);
                return false;
            }
            Source = definition;
        }
        MayEdit = Source is { } d && d.Str("level") == "neighbourhoods"
            ? WorkRoles.RoleOf(User) is WardRoles.WardChairman or WardRoles.WardAdministrator && User.FindFirst(WardClaims.Tenant)?.Value == d.Str("tenantCode")
            : WorkRoles.IsProvinceStaff(User);
        if (MayEdit && Source?.Str("level") != "neighbourhoods") Clusters = await ClustersAsync(ct);
        if (!MayEdit)
            Refused(HttpStatusCode.Forbidden, Source is null || Source.Value.Str("level") != "neighbourhoods"
                ? "Chỉ cán bộ, quản trị viên cấp tỉnh được xây dựng bảng xếp hạng."
                : "Chỉ Chủ tịch UBND, quản trị viên của phường, xã được sửa bảng xếp hạng khu phố, ấp của phường, xã mình.");
        return MayEdit;
    }

    private async Task<Dictionary<string, List<string>>> ClustersAsync(CancellationToken ct)
    {
        var answer = await services.GetAsync("directory", "/clusters", ct);
        if (answer.Body is not { ValueKind: JsonValueKind.Array } list) return [];
        return list.EnumerateArray().Where(c => c.Str("memberKind") == "Wards")
            .GroupBy(c => c.Str("name")).ToDictionary(g => g.Key,
                g => g.First().Items("members").Select(m => m.Str("wardCode")).Where(w => w.Length > 0).ToList());
    }

    private PageResult Refused(HttpStatusCode status, string? problem)
    {
        Problem = problem;
        Response.StatusCode = (int)status;
        return Page();
    }
}
