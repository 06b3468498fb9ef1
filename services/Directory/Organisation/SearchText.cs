using System.Globalization;
using System.Text;

namespace WardPlatform.Directory.Organisation;

public static class SearchText
{
    /// <summary>
    /// Lower-case, without diacritics, single-spaced: "Phường Tam Phước" → "phuong tam phuoc". "đ" is a letter
    /// of its own in Unicode (it does not decompose), so it is mapped to "d" by hand.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            folded.Append(lower == 'đ' ? 'd' : lower);
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
