using WardPlatform.Http;

namespace WardPlatform.Targets.Apis;

/// <summary>
/// Free text on targets and reports (Vietnamese, with % : ; “ ” and the like) is accepted as written, cleaned
/// to NFC, except markup (&lt; &gt;) and SQL comment markers (-- /* */), which no real target or note needs.
/// </summary>
public static class TextRules
{
    public static string? Text(this FieldErrors errors, string field, string? value, int maxLength, string label, bool required = true)
    {
        var cleaned = VietnameseText.Clean(value);
        if (string.IsNullOrEmpty(cleaned))
        {
            if (required) errors.Add(field, "required", $"{label} không được để trống.");
            return null;
        }
        if (cleaned.Length > maxLength)
            errors.Add(field, "too_long", $"{label} không được dài quá {maxLength} ký tự.");
        else if (cleaned.IndexOfAny(['<', '>']) >= 0 || cleaned.Contains("--") || cleaned.Contains("/*") || cleaned.Contains("*/"))
            errors.Add(field, "invalid_characters", $"{label} không được chứa mã HTML (< >) hay ký hiệu lệnh SQL (-- /* */).");
        return cleaned;
    }
}
