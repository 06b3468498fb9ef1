using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WardPlatform.Http;

/// <summary>
/// Validation errors as problem details: "errors" maps each field to Vietnamese messages for people,
/// "codes" maps it to stable codes for API clients.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _messages = new();
    private readonly Dictionary<string, List<string>> _codes = new();

    public bool Any => _messages.Count > 0;

    /// <summary>How many errors so far: lets a checker tell whether its own part added any.</summary>
    public int Count => _messages.Values.Sum(m => m.Count);

    public FieldErrors Add(string field, string code, string message)
    {
        (_messages.TryGetValue(field, out var m) ? m : _messages[field] = []).Add(message);
        (_codes.TryGetValue(field, out var c) ? c : _codes[field] = []).Add(code);
        return this;
    }

    /// <summary>Requires a non-empty text of at most <paramref name="maxLength"/> characters.</summary>
    public FieldErrors RequireText(string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, "required", $"{label} không được để trống.");
        else if (value.Length > maxLength)
            Add(field, "too_long", $"{label} không được dài quá {maxLength} ký tự.");
        return this;
    }

    /// <summary>A 409 problem: the request is well formed but clashes with what is stored.</summary>
    public static ProblemHttpResult Conflict(string title, string detail, string code) => TypedResults.Problem(
        title: title, detail: detail, statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["code"] = code });

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        _messages.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: "Dữ liệu không hợp lệ",
        extensions: new Dictionary<string, object?> { ["codes"] = _codes.ToDictionary(e => e.Key, e => e.Value.ToArray()) });
}
