namespace WardPlatform.Plans.Attachments;

/// <summary>Why a file cannot be attached, with the HTTP status and the Vietnamese message to show.</summary>
public sealed record AttachmentProblem(int Status, string Code, string Message);

/// <summary>
/// The files a plan may carry: PDF, Word, Excel, JPEG and PNG, up to 10 MB each. The type is checked twice:
/// by the name's extension, and by the first bytes of the content (a renamed .exe is no PDF).
/// </summary>
public static class AttachmentFile
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxNameLength = 255;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly Dictionary<string, (string ContentType, byte[] Signature)> Types = new()
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".png"] = ("image/png", Png),
    };

    /// <summary>The content type to store and serve, decided here rather than taken from the client.</summary>
    public static (string? ContentType, AttachmentProblem? Problem) Check(string fileName, long length, ReadOnlySpan<byte> head)
    {
        if (length == 0) return (null, new(400, "empty_file", "Tệp đính kèm không có nội dung."));
        if (length > MaxBytes) return (null, new(413, "file_too_large", $"Tệp đính kèm quá lớn: tối đa {MaxBytes / 1024 / 1024} MB."));
        if (!Types.TryGetValue(Path.GetExtension(fileName).ToLowerInvariant(), out var type))
            return (null, new(415, "unsupported_type", "Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG."));
        if (!head.StartsWith(type.Signature))
            return (null, new(415, "content_mismatch", "Nội dung tệp không đúng với loại tệp theo tên (tệp hỏng hoặc bị đổi đuôi)."));
        return (type.ContentType, null);
    }
}
