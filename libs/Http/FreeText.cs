using System.Text.RegularExpressions;

namespace WardPlatform.Http;

/// <summary>
/// Free Vietnamese text (plan prose, target wording, notes): any prose — quotes, semicolons, %, parentheses are
/// everyday in official documents — trimmed and NFC, but no markup tags ("&lt;script&gt;"), no SQL comment markers
/// ("--", "/*") and no control characters: none occurs in real text, they only come as someone's probe.
/// </summary>
public static partial class FreeText
{
    public static string? Text(this FieldErrors errors, string field, string? value, int maxLength, string label, bool required = false)
    {
        var cleaned = VietnameseText.Clean(value);
        if (string.IsNullOrEmpty(cleaned))
        {
            if (required) errors.Add(field, "required", $"{label} không được để trống.");
            return null;
        }
        if (cleaned.Length > maxLength)
            errors.Add(field, "too_long", $"{label} không được dài quá {maxLength} ký tự.");
        else if (Forbidden().IsMatch(cleaned) || cleaned.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
            errors.Add(field, "invalid_characters", $"{label} không được chứa mã HTML, lệnh SQL hay ký tự điều khiển.");
        return cleaned;
    }

    [GeneratedRegex(@"<\s*[a-zA-Z/!?]|--|/\*|\*/")]
    private static partial Regex Forbidden();
}
