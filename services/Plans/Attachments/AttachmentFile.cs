using WardPlatform.Http;

namespace WardPlatform.Plans.Attachments;

/// <summary>Why a file cannot be attached, with the HTTP status and the Vietnamese message to show.</summary>
public sealed record AttachmentProblem(int Status, string Code, string Message);

/// <summary>
/// The files a plan may carry: those <see cref="UploadedFileTypes"/> accepts (PDF, Word, Excel, JPEG, PNG; 10 MB
/// each), checked by the name's extension and by the content. Each refusal has its own status for API clients.
/// </summary>
public static class AttachmentFile
{
    public const long MaxBytes = UploadedFileTypes.MaxBytes;
    public const int MaxNameLength = 255;

    /// <summary>The content type to store and serve, decided here rather than taken from the client.</summary>
    public static (string? ContentType, AttachmentProblem? Problem) Check(string fileName, long length, byte[] content)
    {
        if (length == 0) return (null, new(400, "empty_file", "Tệp đính kèm không có nội dung."));
        if (length > MaxBytes) return (null, new(413, "file_too_large", $"Tệp đính kèm quá lớn: tối đa {MaxBytes / 1024 / 1024} MB."));
        if (!UploadedFileTypes.IsAcceptedName(fileName))
            return (null, new(415, "unsupported_type", "Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG."));
        if (UploadedFileTypes.ContentTypeOf(fileName, content) is not { } contentType)
            return (null, new(415, "content_mismatch", "Nội dung tệp không đúng với loại tệp theo tên (tệp hỏng hoặc bị đổi đuôi)."));
        return (contentType, null);
    }
}
