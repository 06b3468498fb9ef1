using System.Globalization;
using System.Text.RegularExpressions;
using WardPlatform.Http;

namespace WardPlatform.Directory.Apis;

/// <summary>
/// What the directory accepts in names and contact fields. A name holds letters (Vietnamese included), digits,
/// spaces and the punctuation real names use: - . , ( ) / &amp; ' –. Anything else (&lt; &gt; ; " = and the like) and
/// the comment markers "--", "/*", "*/" are refused, so markup and SQL fragments never reach the database.
/// </summary>
public static partial class InputRules
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;
    private const string AllowedPunctuation = "-.,()/&'–";

    /// <summary>Cleans (trim, NFC, single spaces) and checks a required name; returns the cleaned value.</summary>
    public static string? Name(this FieldErrors errors, string field, string? value, int maxLength, string label, bool required = true)
    {
        var cleaned = CleanName(value);
        if (cleaned is null)
        {
            if (required) errors.Add(field, "required", $"{label} không được để trống.");
            return null;
        }
        if (cleaned.Length > maxLength)
            errors.Add(field, "too_long", $"{label} không được dài quá {maxLength} ký tự.");
        else if (!IsPlainName(cleaned))
            errors.Add(field, "invalid_characters",
                $"{label} chỉ được gồm chữ cái, chữ số, khoảng trắng và các dấu - . , ( ) / & ' (không chứa mã HTML hay lệnh SQL).");
        return cleaned;
    }

    /// <summary>User names: 3–64 of a-z 0-9 . _ -, stored lower-case.</summary>
    public static string? UserName(this FieldErrors errors, string field, string? value)
    {
        var cleaned = VietnameseText.Clean(value)?.ToLowerInvariant();
        if (string.IsNullOrEmpty(cleaned))
            errors.Add(field, "required", "Tên đăng nhập không được để trống.");
        else if (!UserNamePattern().IsMatch(cleaned))
            errors.Add(field, "invalid_format", "Tên đăng nhập dài 3–64 ký tự, chỉ gồm chữ thường không dấu, chữ số và các dấu . _ -");
        return cleaned;
    }

    public static string? Email(this FieldErrors errors, string field, string? value)
    {
        var cleaned = Optional(value);
        if (cleaned is null) return null;
        if (cleaned.Length > 254)
            errors.Add(field, "too_long", "Thư điện tử không được dài quá 254 ký tự.");
        else if (!EmailPattern().IsMatch(cleaned))
            errors.Add(field, "invalid_format", "Thư điện tử không đúng định dạng (ví dụ: ten@donvi.gov.vn).");
        return cleaned;
    }

    public static string? Phone(this FieldErrors errors, string field, string? value)
    {
        var cleaned = Optional(value);
        if (cleaned is null) return null;
        if (!PhonePattern().IsMatch(cleaned) || cleaned.Count(char.IsAsciiDigit) is < 8 or > 15)
            errors.Add(field, "invalid_format", "Số điện thoại chỉ gồm 8–15 chữ số (có thể có dấu +, khoảng trắng, dấu . hoặc -).");
        return cleaned;
    }

    /// <summary>Passwords are taken as typed (no trimming): 10 to 128 characters.</summary>
    public static void Password(this FieldErrors errors, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
            errors.Add(field, "required", "Mật khẩu không được để trống.");
        else if (value.Length < MinPasswordLength)
            errors.Add(field, "too_short", $"Mật khẩu phải có ít nhất {MinPasswordLength} ký tự.");
        else if (value.Length > MaxPasswordLength)
            errors.Add(field, "too_long", $"Mật khẩu không được dài quá {MaxPasswordLength} ký tự.");
    }

    private static string? CleanName(string? value)
    {
        var cleaned = VietnameseText.Clean(value);
        if (string.IsNullOrEmpty(cleaned)) return null;
        return string.Join(' ', cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Optional(string? value) => VietnameseText.Clean(value) is { Length: > 0 } cleaned ? cleaned : null;

    private static bool IsPlainName(string name)
    {
        if (name.Contains("--") || name.Contains("/*") || name.Contains("*/")) return false;
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var allowed = char.IsLetterOrDigit(c) || c == ' ' || AllowedPunctuation.Contains(c)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (!allowed) return false;
        }
        return char.IsLetterOrDigit(name[0]);
    }

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^[^@\s<>;'""(),\\]+@[^@\s<>;'""(),\\]+\.[^@\s<>;'""(),\\]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 .-]*$")]
    private static partial Regex PhonePattern();
}
