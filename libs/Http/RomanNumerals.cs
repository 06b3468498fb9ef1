namespace WardPlatform.Http;

/// <summary>Roman numerals as documents number their parts ("II.1"): 1 to 3999, other numbers in digits.</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Numeral)[] Numerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Of(int value)
    {
        if (value is < 1 or > 3999) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = "";
        foreach (var (n, s) in Numerals)
            while (value >= n) { result += s; value -= n; }
        return result;
    }
}
