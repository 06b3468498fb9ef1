namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>An award quota's codes (PlannedAwardQuota) in the words the review screen shows.</summary>
public static class QuotaLabels
{
    /// <summary>The forms the review offers, by code ("" when the text names none).</summary>
    public static readonly (string Code, string Label)[] Forms =
    [
        ("", "(văn bản không ghi)"), ("giay-khen", "Giấy khen"), ("bang-khen", "Bằng khen"), ("lao-dong-tien-tien", "Lao động tiên tiến"),
        ("tap-the-lao-dong-tien-tien", "Tập thể lao động tiên tiến"), ("tap-the-lao-dong-xuat-sac", "Tập thể lao động xuất sắc"),
        ("chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở"), ("gia-dinh-van-hoa", "Gia đình văn hóa"),
    ];

    public static readonly string[] Recipients = ["collective", "individual", "household"];

    public static readonly string[] Occasions = ["", "annual", "midterm", "final"];

    public static string AwardForm(string? code) => code switch
    {
        "giay-khen" => "Giấy khen",
        "bang-khen" => "Bằng khen",
        "lao-dong-tien-tien" => "Lao động tiên tiến",
        "tap-the-lao-dong-tien-tien" => "Tập thể lao động tiên tiến",
        "tap-the-lao-dong-xuat-sac" => "Tập thể lao động xuất sắc",
        "chien-si-thi-dua-co-so" => "Chiến sĩ thi đua cơ sở",
        "gia-dinh-van-hoa" => "Gia đình văn hóa",
        null or "" => "(văn bản không ghi)",
        _ => code,
    };

    public static string Recipient(string? kind) => kind switch
    {
        "collective" => "tập thể",
        "individual" => "cá nhân",
        "household" => "hộ gia đình",
        _ => kind ?? "",
    };

    public static string Occasion(string? occasion) => occasion switch
    {
        "annual" => "Hằng năm",
        "midterm" => "Sơ kết",
        "final" => "Tổng kết",
        _ => "(văn bản không ghi)",
    };
}
