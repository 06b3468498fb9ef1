namespace WardPlatform.Gateway.Pages.Commendations;

/// <summary>Vietnamese labels for the commendations service's codes.</summary>
public static class CommendationLabels
{
    public static string State(string state) => state switch
    {
        "Submitted" => "Chờ thẩm định",
        "Returned" => "Trả lại để bổ sung",
        "Accepted" => "Thẩm định đạt",
        "Rejected" => "Không đạt",
        "Awarded" => "Đã khen thưởng",
        "Revoked" => "Đã hủy khen thưởng",
        "ProposedUpward" => "Đã gửi tỉnh",
        _ => state,
    };

    public static string Kind(string kind) => kind switch
    {
        "collective" => "Tập thể",
        "individual" => "Cá nhân",
        "household" => "Hộ gia đình",
        _ => kind,
    };

    public static readonly (string Form, string Kind, string Label)[] Forms =
    [
        ("giay-khen", "individual", "Giấy khen (cá nhân)"),
        ("giay-khen", "collective", "Giấy khen (tập thể)"),
        ("giay-khen", "household", "Giấy khen (hộ gia đình)"),
        ("lao-dong-tien-tien", "individual", "Lao động tiên tiến"),
        ("chien-si-thi-dua-co-so", "individual", "Chiến sĩ thi đua cơ sở"),
        ("tap-the-lao-dong-tien-tien", "collective", "Tập thể lao động tiên tiến"),
        ("gia-dinh-van-hoa", "household", "Gia đình văn hóa"),
        ("to-dan-pho-van-hoa", "collective", "Tổ dân phố / khu phố văn hóa"),
    ];

    public static string Money(decimal? amount) => amount is { } a ? a.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.') + " đ" : "";
}
