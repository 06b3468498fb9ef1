using System.Text;

namespace WardPlatform.Http;

public static class VietnameseText
{
    /// <summary>Trims and normalises to NFC, the form every stored Vietnamese text takes.</summary>
    public static string? Clean(string? value) => value?.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>
    /// For search that ignores diacritics: lower case, no marks, single-spaced ("Phường Tam Phước" → "phuong tam phuoc").
    /// "đ" is a letter of its own (it does not decompose), so it is mapped to "d" by hand.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return string.Join(' ', folded.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
