using WardPlatform.Http;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Decisions;
using WardPlatform.Commendations.Rules;

namespace WardPlatform.Commendations.Documents;

/// <summary>The wording of the decision and its certificates (Nghị định 30/2020 layout; REFERENCES.md).</summary>
public static class DecisionTexts
{
    public static string PlaceAndDate(string place, DateOnly date) => AdministrativeDocument.PlaceAndDate(place, date);

    public static DecisionText Decision(Decision d, string ward, string place, string? planNumber)
    {
        var wardUpper = WardNames.Upper(ward);
        var bases = new List<string>
        {
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
        };
        if (planNumber is not null) bases.Add($"Căn cứ Kế hoạch số {planNumber} của Ủy ban nhân dân {ward};");
        bases.Add("Xét đề nghị của Trưởng phòng Văn hóa - Xã hội phường.");
        var total = d.Awards.Sum(a => a.PrizeAmount);
        var articles = new List<string>
        {
            $"Điều 1. Khen thưởng {d.Awards.Count} tập thể, cá nhân có thành tích (danh sách kèm theo), mỗi tập thể, cá nhân được tặng hình thức và tiền thưởng theo quy định; tổng số tiền thưởng {VietnamTime.Money(total)}.",
            $"Điều 2. Tiền thưởng tính bằng hệ số nhân với mức lương cơ sở {VietnamTime.Money(d.BaseSalary)} áp dụng tại ngày ký, chi từ quỹ thi đua, khen thưởng của phường.",
            "Điều 3. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        };
        var awards = d.Awards.OrderBy(a => a.Ordinal).Select(a => new AwardLine(a.Ordinal, a.RecipientName, a.RecipientUnit, a.FormName, VietnamTime.Money(a.PrizeAmount))).ToList();
        return new DecisionText(wardUpper, "Số: " + d.Number, PlaceAndDate(place, d.DecidedOn), d.Subject, WardNames.Upper(d.SignerTitle), d.SignerName,
            bases, articles, ["Như Điều 3;", "Phòng Văn hóa - Xã hội;", "Lưu: VT."], awards, VietnamTime.Money(total));
    }

    public static CertificateText Certificate(Decision d, Award a, string ward, string place) => new(
        $"CHỦ TỊCH ỦY BAN NHÂN DÂN {WardNames.Upper(ward)}",
        a.IsTitle ? $"TẶNG DANH HIỆU “{WardNames.Upper(a.FormName)}”" : "TẶNG",
        "GIẤY KHEN",
        a.RecipientName,
        a.RecipientUnit,
        $"Đã có thành tích {Lower(a.Achievement)}",
        $"Quyết định số {d.Number} ngày {VietnamClock.Show(d.DecidedOn)}",
        $"Số sổ vàng: {a.RegisterNumber}",
        PlaceAndDate(place, d.DecidedOn),
        WardNames.Upper(d.SignerTitle),
        d.SignerName);

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    public static string KindLabel(string kind) => RecipientKinds.Label(kind);
}
