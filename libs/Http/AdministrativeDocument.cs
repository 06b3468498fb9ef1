using System.Globalization;

namespace WardPlatform.Http;

/// <summary>
/// The wording every official document of a ward or province shares (Nghị định 30/2020/NĐ-CP): the place it is dated at,
/// "Tam Phước, ngày 02 tháng 12 năm 2026", names in capitals as headings write them.
/// </summary>
public static class AdministrativeDocument
{
    public const string Motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string MottoLine = "Độc lập - Tự do - Hạnh phúc";

    private static readonly string[] Prefixes = ["Phường ", "Xã ", "Thị trấn ", "Đặc khu ", "Tỉnh ", "Thành phố "];
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"Tam Phước" of "Phường Tam Phước", "Đồng Nai" of "Tỉnh Đồng Nai": the place name documents are dated at.</summary>
    public static string PlaceOf(string name)
    {
        foreach (var prefix in Prefixes)
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length) return name[prefix.Length..];
        return name;
    }

    /// <summary>"Tam Phước, ngày 02 tháng 12 năm 2026".</summary>
    public static string PlaceAndDate(string place, DateOnly date) => $"{place}, ngày {date.Day:D2} tháng {date.Month:D2} năm {date.Year}";

    public static string Upper(string text) => text.ToUpper(Vietnamese);

    /// <summary>"tỉnh Đồng Nai" of "Tỉnh Đồng Nai": the name as it reads inside a sentence ("UBND tỉnh Đồng Nai").</summary>
    public static string InSentence(string name) =>
        name.Length > 0 && Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)) ? char.ToLower(name[0], Vietnamese) + name[1..] : name;
}
