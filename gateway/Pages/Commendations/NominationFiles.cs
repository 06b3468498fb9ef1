using System.Net.Http.Headers;
using System.Text.Json;
using WardPlatform.Http;

namespace WardPlatform.Gateway.Pages.Commendations;

/// <summary>
/// The dossier files of the nomination form: the báo cáo thành tích (.docx or .pdf) in "report" and the minh chứng
/// (<see cref="UploadedFileTypes.Accepted"/>) in "evidence", as the commendations service reads them (the nomination's
/// JSON in "nomination"). The names are checked here so a wrong file is refused before anything is sent; the service
/// checks the content.
/// </summary>
public static class NominationFiles
{
    public const int MaxEvidenceFiles = 9;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Dictionary<string, string> Check(IFormFile? report, IReadOnlyList<IFormFile> evidence)
    {
        var errors = new Dictionary<string, string>();
        if (report is { Length: > 0 } && Path.GetExtension(report.FileName).ToLowerInvariant() is not (".docx" or ".pdf"))
            errors["report"] = $"Báo cáo thành tích “{Path.GetFileName(report.FileName)}” phải là tệp Word (.docx) hoặc PDF.";
        var files = evidence.Where(f => f.Length > 0).ToList();
        if (files.Count > MaxEvidenceFiles) errors["evidence"] = $"Tối đa {MaxEvidenceFiles} tệp minh chứng.";
        else if (files.FirstOrDefault(f => !UploadedFileTypes.IsAcceptedName(f.FileName)) is { } wrong)
            errors["evidence"] = $"Tệp minh chứng “{Path.GetFileName(wrong.FileName)}” không đúng loại: chấp nhận {UploadedFileTypes.Accepted}.";
        var all = files.Append(report).OfType<IFormFile>();
        if (all.FirstOrDefault(f => f.Length > UploadedFileTypes.MaxBytes) is { } large)
            errors[large == report ? "report" : "evidence"] = $"Tệp “{Path.GetFileName(large.FileName)}” quá lớn: tối đa 10 MB.";
        return errors;
    }

    public static List<string>? Links(string? lines) =>
        lines?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0).ToList() is { Count: > 0 } links
            ? links : null;

    public static MultipartFormDataContent Content(object nomination, IFormFile? report, IEnumerable<IFormFile> evidence)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(nomination, Json)), "nomination" },
        };
        if (report is { Length: > 0 }) Add(content, "report", report);
        foreach (var file in evidence.Where(f => f.Length > 0)) Add(content, "evidence", file);
        return content;
    }

    private static void Add(MultipartFormDataContent content, string field, IFormFile file)
    {
        var part = new StreamContent(file.OpenReadStream());
        part.Headers.ContentType = new MediaTypeHeaderValue(string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType);
        content.Add(part, field, Path.GetFileName(file.FileName));
    }
}
