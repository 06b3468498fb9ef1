using System.Globalization;

namespace WardPlatform.Gateway.WebFront;

/// <summary>Numbers as people type them on the web front: "12,5" (Vietnamese), "12.5", "1.000,5".</summary>
public static class VietnamNumbers
{
    /// <summary>False for text that is not a number; blank text is a null number.</summary>
    public static bool TryRead(string? text, out decimal? value)
    {
        value = null;
        var raw = text?.Trim() ?? "";
        if (raw.Length == 0) return true;
        // With a comma, the comma is the decimal mark and any dot groups thousands (1.000,5).
        if (raw.Contains(',')) raw = raw.Replace(".", "").Replace(',', '.');
        if (!decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            return false;
        value = parsed;
        return true;
    }
}
