using Microsoft.AspNetCore.Http.HttpResults;

namespace WardPlatform.Plans.Importing;

public static class ImportPlan
{
    /// <summary>Reads an uploaded plan into a draft to review; stores nothing.</summary>
    public static async Task<Results<Ok<PlanDraft>, ProblemHttpResult>> HandleAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
            return TypedResults.Problem(title: "Chưa chọn tệp kế hoạch", detail: "Gửi tệp trong trường “file” (multipart/form-data).",
                statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["code"] = "file_required" });

        await using var content = file.OpenReadStream();
        var (text, problem) = await PlanFile.ReadAsync(file.FileName, file.Length, content, ct);
        if (problem is not null)
            return TypedResults.Problem(title: "Không đọc được tệp kế hoạch", detail: problem.Message, statusCode: problem.Status,
                extensions: new Dictionary<string, object?> { ["code"] = problem.Code });
        return TypedResults.Ok(PlanImporter.Parse(text!) with { SourceText = text!.Normalize(System.Text.NormalizationForm.FormC) });
    }
}
