using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using WardPlatform.Contracts;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Targets;

/// <summary>
/// A target fed by reports, on its page: the report categories it counts (the ward's own, from the reports service;
/// none ticked counts all), and, for a reduction, the baseline year's count uploaded from an Excel sheet.
/// </summary>
public sealed partial class DetailModel
{
    public const long MaxBaselineFileBytes = 2 * 1024 * 1024;

    /// <summary>The ward's report categories (code, name) when the target is fed by reports; empty otherwise.</summary>
    public List<(string Code, string Name)> ReportCategoryChoices { get; private set; } = [];

    public bool IsFedByReports => Target.Str("source") is ComputedTargetSources.ReportsOnTime or ComputedTargetSources.VerifiedIncidents;

    public bool Counts(string code) => Target.Strings("reportCategories").Contains(code);

    private async Task LoadReportCategoriesAsync(CancellationToken ct)
    {
        if (!IsFedByReports) return;
        var setup = await services.GetAsync("reports", "/setup", ct);
        if (setup.Body is { ValueKind: JsonValueKind.Object } body && setup.Succeeded)
            ReportCategoryChoices = [.. body.Items("categories").Select(c => (c.Str("code"), c.Str("name")))];
    }

    /// <summary>The categories the target counts; none ticked: all of them.</summary>
    public async Task<IActionResult> OnPostCategoriesAsync(Guid id, List<string> categories, CancellationToken ct)
    {
        var answer = await services.SendAsync("targets", HttpMethod.Put, $"/targets/{id}/report-categories",
            System.Net.Http.Json.JsonContent.Create(new { categories }), ct);
        if (answer.Succeeded) return Redirect($"/targets/{id}?recorded=true");
        if (answer.Status == HttpStatusCode.NotFound) return NotFound();
        Errors = answer.FieldErrors.ToDictionary(e => "categories", e => e.Value);
        return await LoadAsync(id, ct, answer.FieldErrors.Count > 0 ? "Loại phản ánh chưa được lưu." : answer.Problem, answer.Status);
    }

    /// <summary>The baseline year's count from an Excel sheet: column A year, B category, C count.</summary>
    public async Task<IActionResult> OnPostBaselineFileAsync(Guid id, IFormFile? baselineFile, CancellationToken ct)
    {
        if (baselineFile is null || baselineFile.Length == 0 || baselineFile.Length > MaxBaselineFileBytes)
        {
            Errors["baselineFile"] = baselineFile is null || baselineFile.Length == 0
                ? "Chọn tệp Excel (.xlsx) số liệu năm gốc." : "Tệp số liệu năm gốc không được lớn quá 2 MB.";
            return await LoadAsync(id, ct, "Số liệu năm gốc chưa được lưu.", HttpStatusCode.BadRequest);
        }
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(baselineFile.OpenReadStream());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", Path.GetFileName(baselineFile.FileName));
        var answer = await services.SendAsync("targets", HttpMethod.Post, $"/targets/{id}/baseline.xlsx", form, ct);
        if (answer.Succeeded) return Redirect($"/targets/{id}?recorded=true");
        if (answer.Status == HttpStatusCode.NotFound) return NotFound();
        Errors = answer.FieldErrors.ToDictionary(e => "baselineFile", e => e.Value);
        return await LoadAsync(id, ct, answer.FieldErrors.Count > 0 ? "Số liệu năm gốc chưa được lưu." : answer.Problem, answer.Status);
    }
}
