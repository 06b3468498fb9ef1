using PdfSharp.Fonts;

namespace WardPlatform.Commendations.Documents;

/// <summary>
/// Liberation Serif (metric-compatible with Times New Roman) from the service's own resources, so a PDF made on any
/// machine embeds the same font and renders Vietnamese the same everywhere. Installed once per process.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Liberation Serif";
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            GlobalFontSettings.FontResolver ??= new PdfFonts();
            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "LiberationSerif-BoldItalic",
            (true, false) => "LiberationSerif-Bold",
            (false, true) => "LiberationSerif-Italic",
            _ => "LiberationSerif-Regular",
        });

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not among the service's resources.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
