using System.Globalization;
using System.Text;

namespace WardPlatform.Http;

public static class VietnameseText
{
    /// <summary>Trims and normalises to NFC, the form every stored Vietnamese text takes.</summary>
    public static string? Clean(string? value) => value?.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Lower case without diacritics ("Lấn chiếm" → "lan chiem"); "đ" is mapped by hand, as it does not decompose.</summary>
    public static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>dd/MM/yyyy, the way Vietnamese documents write dates.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
