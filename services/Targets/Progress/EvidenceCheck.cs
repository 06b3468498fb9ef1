using System.IO.Compression;

namespace WardPlatform.Targets.Progress;

/// <summary>
/// The evidence files accepted: PDF, JPEG, PNG, Word (.docx) and Excel (.xlsx), known by their extension AND by
/// their first bytes (and, for the Office formats, by the part a real document of that kind contains).
/// </summary>
public static class EvidenceCheck
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFiles = 5;
    public const string Accepted = "pdf, jpg, png, docx, xlsx";

    public static string? ContentTypeOf(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".pdf" when StartsWith(content, "%PDF-"u8) => "application/pdf",
            ".jpg" or ".jpeg" when StartsWith(content, [0xFF, 0xD8, 0xFF]) => "image/jpeg",
            ".png" when StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) => "image/png",
            ".docx" when HasZipPart(content, "word/document.xml") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx" when HasZipPart(content, "xl/workbook.xml") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => null,
        };
    }

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
