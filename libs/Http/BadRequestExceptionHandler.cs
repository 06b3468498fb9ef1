using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace WardPlatform.Http;

/// <summary>
/// A body that is not JSON, or a field of the wrong type, is the caller's mistake: 400 with a
/// problem that says so, never a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = "Yêu cầu quá lớn",
                    Detail = "Nội dung gửi lên vượt quá giới hạn cho phép.",
                    Extensions = { ["code"] = "request_too_large" },
                }
                : new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = "Yêu cầu không hợp lệ",
                    Detail = "Không đọc được nội dung gửi lên: kiểm tra định dạng JSON và kiểu dữ liệu của từng trường.",
                    Extensions = { ["code"] = "malformed_request", ["field"] = FieldOf(bad) },
                },
        });
    }

    /// <summary>The JSON field that could not be read ("targets[2].value"), when the reader knows it.</summary>
    private static string? FieldOf(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException { Path: { Length: > 1 } path } ? path.TrimStart('$', '.') : null;
}
