using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Http;

namespace WardPlatform.Plans.Importing;

public static class ImportPlan
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Reads an uploaded plan into a draft to review; stores nothing. The optional form field "units" is the ward's units
    /// as the directory lists them (a JSON array of {name, shortName, id}): each target's owner is matched to one of them.
    /// </summary>
    public static async Task<Results<Ok<PlanDraft>, ProblemHttpResult, ValidationProblem>> HandleAsync(IFormFile? file, HttpRequest request, CancellationToken ct)
    {
        var units = request.HasFormContentType ? Units((await request.ReadFormAsync(ct))["units"].ToString()) : [];
        if (units is null)
            return new FieldErrors().Add("units", "invalid", "Danh sách đơn vị phải là một mảng JSON, mỗi đơn vị có tên (“name”).").ToProblem();

        if (file is null)
            return TypedResults.Problem(title: "Chưa chọn tệp kế hoạch", detail: "Gửi tệp trong trường “file” (multipart/form-data).",
                statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["code"] = "file_required" });

        await using var content = file.OpenReadStream();
        var (text, problem) = await PlanFile.ReadAsync(file.FileName, file.Length, content, ct);
        if (problem is not null)
            return TypedResults.Problem(title: "Không đọc được tệp kế hoạch", detail: problem.Message, statusCode: problem.Status,
                extensions: new Dictionary<string, object?> { ["code"] = problem.Code });
        var draft = OwnerMatching.Apply(PlanImporter.Parse(text!), units);
        return TypedResults.Ok(draft with { SourceText = text!.Normalize(System.Text.NormalizationForm.FormC) });
    }

    /// <summary>The ward's units as sent; null when the field is not such a list.</summary>
    private static List<WardUnit>? Units(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            var units = JsonSerializer.Deserialize<List<WardUnit>>(json, Web);
            return units is not null && units.All(u => u is not null && !string.IsNullOrWhiteSpace(u.Name)) ? units : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
