using Microsoft.AspNetCore.Http;

namespace WardPlatform.Http;

/// <summary>
/// Reads one file field of a multipart upload into memory, naming the field in Vietnamese when the form is missing,
/// broken, empty or too large (the caller returns the errors as a problem).
/// </summary>
public static class UploadedForm
{
    public static async Task<(IFormCollection? Form, byte[]? Content)> ReadFileAsync(HttpRequest request, string field, long maxBytes,
        string requiredMessage, FieldErrors errors, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            errors.Add(field, "form_required", $"Gửi tệp dạng multipart/form-data (trường {field}).");
            return (null, null);
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            errors.Add(field, "malformed_form", "Không đọc được nội dung gửi lên (multipart/form-data bị hỏng).");
            return (null, null);
        }
        var file = form.Files.GetFile(field);
        if (file is null || file.Length == 0)
        {
            errors.Add(field, "required", requiredMessage);
            return (form, null);
        }
        if (file.Length > maxBytes)
        {
            errors.Add(field, "too_large", $"Tệp không được lớn quá {maxBytes / (1024 * 1024)} MB.");
            return (form, null);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return (form, buffer.ToArray());
    }
}
