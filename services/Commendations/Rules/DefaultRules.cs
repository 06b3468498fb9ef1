namespace WardPlatform.Commendations.Rules;

/// <summary>
/// The rules as we read Luật Thi đua, khen thưởng 2022 and Nghị định 152/2025/NĐ-CP (see docs/commendations.md):
/// seeded as data, never consulted as constants. Fixed ids so the migration seeds them once.
/// </summary>
public static class DefaultRules
{
    public static readonly DateOnly From = new(2025, 7, 1);
    private const string Law = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP";
    private const string Culture = "Nghị định số 86/2023/NĐ-CP; Nghị định số 152/2025/NĐ-CP";

    private static readonly List<string> Standard = [DossierParts.Submission, DossierParts.Minutes, DossierParts.Report];
    private static readonly List<string> WithEvidence = [.. Standard, DossierParts.Evidence];

    public static IReadOnlyList<AwardRule> Rules { get; } =
    [
        Rule(1, AwardForms.GiayKhen, RecipientKinds.Individual, "Giấy khen của Chủ tịch UBND phường (cá nhân)", 0.3m, Standard,
            "Theo quy định của tỉnh: hoàn thành tốt nhiệm vụ, có thành tích được bình xét."),
        Rule(2, AwardForms.GiayKhen, RecipientKinds.Collective, "Giấy khen của Chủ tịch UBND phường (tập thể)", 0.6m, Standard,
            "Theo quy định của tỉnh: tập thể hoàn thành tốt nhiệm vụ, nội bộ đoàn kết."),
        Rule(3, AwardForms.GiayKhen, RecipientKinds.Household, "Giấy khen của Chủ tịch UBND phường (hộ gia đình)", 0.45m, Standard,
            "Hộ gia đình có đóng góp cho phong trào thi đua của phường."),
        Rule(4, AwardForms.LaoDongTienTien, RecipientKinds.Individual, "Lao động tiên tiến", 0.3m, Standard,
            "Được đánh giá hoàn thành tốt nhiệm vụ trở lên và tham gia phong trào thi đua.", isTitle: true),
        Rule(5, AwardForms.ChienSiThiDuaCoSo, RecipientKinds.Individual, "Chiến sĩ thi đua cơ sở", 1.0m, WithEvidence,
            "Đạt Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận.", isTitle: true,
            voteShare: 0.8m, strictlyMore: false, secret: true),
        Rule(6, AwardForms.TapTheLaoDongTienTien, RecipientKinds.Collective, "Tập thể lao động tiên tiến", 0.8m, Standard,
            "Mọi thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến, không ai bị kỷ luật từ cảnh cáo trở lên; hoàn thành các chỉ tiêu được giao.",
            isTitle: true, targets: 1m),
        Rule(7, AwardForms.GiaDinhVanHoa, RecipientKinds.Household, "Gia đình văn hóa", 0m, Standard,
            "Tiêu chí gia đình văn hóa theo Nghị định 86/2023/NĐ-CP.", isTitle: true, legal: Culture),
        Rule(8, AwardForms.ToDanPhoVanHoa, RecipientKinds.Collective, "Tổ dân phố / khu phố văn hóa", 1.5m, Standard,
            "Tiêu chí tổ dân phố văn hóa theo Nghị định 86/2023/NĐ-CP (mẫu 04, 05, 06).", isTitle: true, legal: Culture),
        Rule(9, AwardForms.BangKhenTinh, RecipientKinds.Individual, "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", 1.5m, WithEvidence,
            "Theo quy định của tỉnh; đề nghị lên tỉnh qua Sở Nội vụ.", byWard: false),
        Rule(10, AwardForms.BangKhenTinh, RecipientKinds.Collective, "Bằng khen của Chủ tịch UBND tỉnh (tập thể)", 3.0m, WithEvidence,
            "Theo quy định của tỉnh; đề nghị lên tỉnh qua Sở Nội vụ.", byWard: false),
        Rule(11, AwardForms.TapTheLaoDongXuatSac, RecipientKinds.Collective, "Tập thể lao động xuất sắc", 1.5m, WithEvidence,
            "Đạt Tập thể lao động tiên tiến, có sáng tạo, vượt khó; hoàn thành các chỉ tiêu được giao; đề nghị lên tỉnh.", byWard: false, isTitle: true,
            targets: 1m),
        Rule(12, AwardForms.ChienSiThiDuaCapTinh, RecipientKinds.Individual, "Chiến sĩ thi đua cấp tỉnh", 0m, WithEvidence,
            "Ba lần liên tục Chiến sĩ thi đua cơ sở và có sáng kiến ảnh hưởng cấp tỉnh; đề nghị lên tỉnh.", byWard: false, isTitle: true,
            voteShare: 0.9m, strictlyMore: false, secret: true),
    ];

    public static IReadOnlyList<BaseSalary> Salaries { get; } =
    [
        new() { Id = Guid.Parse("0000000b-0000-0000-0000-000000000001"), EffectiveFrom = new DateOnly(2024, 7, 1), Amount = 2_340_000m,
            LegalSource = "Nghị định số 73/2024/NĐ-CP" },
        new() { Id = Guid.Parse("0000000b-0000-0000-0000-000000000002"), EffectiveFrom = new DateOnly(2026, 7, 1), Amount = 2_530_000m,
            LegalSource = "Mức lương cơ sở từ 01/07/2026 (chưa xác nhận văn bản)" },
    ];

    private static AwardRule Rule(int n, string form, string kind, string name, decimal coefficient, List<string> parts, string criteria,
        bool byWard = true, bool isTitle = false, decimal voteShare = 0.5m, bool strictlyMore = true, bool secret = false, string legal = Law, decimal? targets = null) => new()
    {
        Id = Guid.Parse($"0000000a-0000-0000-0000-{n:D12}"), Form = form, RecipientKind = kind, Name = name, DecidedByWard = byWard,
        IsTitle = isTitle, Criteria = criteria, RequiredParts = [.. parts], VoteShare = voteShare, VoteStrictlyMore = strictlyMore,
        SecretBallot = secret, Coefficient = coefficient, MinTargetShare = targets, EffectiveFrom = From, LegalSource = legal,
    };
}

public static class AwardForms
{
    public const string GiayKhen = "giay-khen";
    public const string LaoDongTienTien = "lao-dong-tien-tien";
    public const string ChienSiThiDuaCoSo = "chien-si-thi-dua-co-so";
    public const string TapTheLaoDongTienTien = "tap-the-lao-dong-tien-tien";
    public const string GiaDinhVanHoa = "gia-dinh-van-hoa";
    public const string ToDanPhoVanHoa = "to-dan-pho-van-hoa";
    public const string BangKhenTinh = "bang-khen-tinh";
    public const string TapTheLaoDongXuatSac = "tap-the-lao-dong-xuat-sac";
    public const string ChienSiThiDuaCapTinh = "chien-si-thi-dua-cap-tinh";
}
