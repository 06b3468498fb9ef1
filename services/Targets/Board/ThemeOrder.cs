namespace WardPlatform.Targets.Board;

/// <summary>
/// Orders theme numbers as a plan numbers them: "2" before "10", "IV" before "IX" before "X", "1.2" before "1.10".
/// Numbers it cannot read come after those it can, in text order; targets without a theme come last.
/// </summary>
public static class ThemeOrder
{
    public static readonly IComparer<string?> Comparer = Comparer<string?>.Create(Compare);

    public static int Compare(string? a, string? b)
    {
        if (a == b) return 0;
        if (a is null) return 1;
        if (b is null) return -1;
        var (x, y) = (Parts(a), Parts(b));
        if (x is null || y is null)
            return x is null && y is null ? string.CompareOrdinal(a, b) : x is null ? 1 : -1;
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            if (x[i] != y[i]) return x[i].CompareTo(y[i]);
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(a, b);
    }

    /// <summary>"1.2." → [1, 2]; "IV" → [4]; null when a part is neither a number nor a Roman numeral.</summary>
    private static int[]? Parts(string number)
    {
        var parts = number.Trim().TrimEnd('.', ')').Split('.', StringSplitOptions.TrimEntries);
        var values = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (int.TryParse(parts[i], out var n)) values[i] = n;
            else if (Roman(parts[i]) is { } r) values[i] = r;
            else return null;
        }
        return values;
    }

    private static int? Roman(string text)
    {
        if (text.Length is 0 or > 8) return null;
        var total = 0;
        var previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var value = char.ToUpperInvariant(text[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (value == 0) return null;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        return total;
    }
}
