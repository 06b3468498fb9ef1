using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace WardPlatform.Plans.Importing;

/// <summary>Why an uploaded file cannot be read, with the HTTP status and the Vietnamese message to show.</summary>
public sealed record PlanFileProblem(int Status, string Code, string Message);

/// <summary>
/// The text of an uploaded plan: .docx (Word), .md or .txt (UTF-8). Anything else, too large, corrupt, or
/// not UTF-8 is refused with a reason; nothing is guessed about an encoding.
/// </summary>
public static class PlanFile
{
    public const long MaxBytes = 10 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(string? Text, PlanFileProblem? Problem)> ReadAsync(string fileName, long length, Stream content, CancellationToken ct)
    {
        if (length == 0) return (null, new(400, "empty_file", "Tệp tải lên không có nội dung."));
        if (length > MaxBytes) return (null, new(413, "file_too_large", $"Tệp quá lớn: tối đa {MaxBytes / 1024 / 1024} MB."));

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".docx" or ".md" or ".txt"))
            return (null, new(415, "unsupported_type", "Chỉ nhận tệp Word (.docx), Markdown (.md) hoặc văn bản (.txt)."));

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return extension == ".docx" ? ReadWord(buffer) : ReadText(buffer.ToArray());
    }

    private static (string?, PlanFileProblem?) ReadText(byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, new(422, "not_utf8", "Tệp không ở mã UTF-8 (có thể là TCVN3 hoặc Windows-1258): hãy mở bằng Word và lưu lại dạng .docx, hoặc lưu văn bản với mã hóa UTF-8."));
        }
        if (text.Contains('\0'))
            return (null, new(422, "binary_file", "Tệp không phải văn bản: hãy tải lên tệp .docx, .md hoặc .txt."));
        return (text.TrimStart('\uFEFF'), null);
    }

    private static (string?, PlanFileProblem?) ReadWord(Stream stream)
    {
        try
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            return WordText.Read(document) is { } text ? (text, null) : (null, Corrupt);
        }
        // An uploaded file is untrusted: whatever the package reader throws on it (FileFormatException,
        // InvalidDataException, XmlException, …) means the file is not a readable Word document.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, Corrupt);
        }
    }

    private static readonly PlanFileProblem Corrupt =
        new(422, "corrupt_docx", "Tệp .docx bị hỏng hoặc không phải tài liệu Word: hãy mở lại bằng Word và lưu lại.");
}
