using System.IO.Compression;

namespace WardPlatform.Http;

/// <summary>
/// The files staff upload (plan attachments, progress evidence): PDF, JPEG, PNG, Word (.docx) and Excel (.xlsx), up to
/// 10 MB each. A file is known by its extension AND its content: its first bytes and, for the Office formats, the
/// part a real document of that kind contains (a renamed .exe or any zip is no .docx).
/// </summary>
public static class UploadedFileTypes
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string Accepted = "pdf, jpg, png, docx, xlsx";

    private static readonly HashSet<string> Extensions = [".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx"];

    public static bool IsAcceptedName(string fileName) => Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>The content type to store and serve (decided here, never taken from the client), or null when the content is not what the name says.</summary>
    public static string? ContentTypeOf(string fileName, byte[] content) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" when StartsWith(content, "%PDF-"u8) => "application/pdf",
        ".jpg" or ".jpeg" when StartsWith(content, [0xFF, 0xD8, 0xFF]) => "image/jpeg",
        ".png" when StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) => "image/png",
        ".docx" when HasZipPart(content, "word/document.xml") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" when HasZipPart(content, "xl/workbook.xml") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => null,
    };

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);

    private static bool HasZipPart(byte[] content, string part)
    {
        if (!StartsWith(content, "PK\x03\x04"u8)) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry(part) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
