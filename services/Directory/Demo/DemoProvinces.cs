namespace WardPlatform.Directory.Demo;

public sealed record DemoWard(string Code, string Name, string FormerDistrict);

/// <summary>
/// Đồng Nai after the July 2025 merger with Bình Phước (Nghị quyết 1662/NQ-UBTVQH15): 95 units, 23 phường and
/// 72 xã. The names and former districts are the real ones. The codes are NOT the official ones except where
/// the tests pin them (Phường Tam Phước 26068, Phường Bình Phước 25432): the others are plausible placeholders,
/// 25xxx for the former Bình Phước area and 26xxx for the former Đồng Nai, to be replaced by the official list.
/// </summary>
public static class DemoProvinces
{
    public const string DongNaiCode = "75";
    public const string DongNaiName = "Đồng Nai";
    public const string TayNinhCode = "72";
    public const string TayNinhName = "Tây Ninh";
    public const string TamPhuoc = "26068";
    public const string BinhPhuoc = "25432";
    public const string TanNinh = "25480";

    public static readonly IReadOnlyList<DemoWard> DongNai =
    [
        new("25411", "Phường Minh Hưng", "Thị xã Chơn Thành"),
        new("25414", "Phường Chơn Thành", "Thị xã Chơn Thành"),
        new("25417", "Xã Nha Bích", "Huyện Chơn Thành"),
        new("25420", "Xã Tân Quan", "Huyện Hớn Quản"),
        new("25423", "Xã Tân Hưng", "Huyện Hớn Quản"),
        new("25426", "Xã Tân Khai", "Huyện Hớn Quản"),
        new("25429", "Xã Minh Đức", "Huyện Hớn Quản"),
        new("25432", "Phường Bình Phước", "Thành phố Đồng Xoài"),
        new("25435", "Xã Lộc Thành", "Huyện Lộc Ninh"),
        new("25438", "Xã Lộc Ninh", "Huyện Lộc Ninh"),
        new("25441", "Xã Lộc Hưng", "Huyện Lộc Ninh"),
        new("25444", "Xã Lộc Tấn", "Huyện Lộc Ninh"),
        new("25447", "Xã Lộc Thạnh", "Huyện Lộc Ninh"),
        new("25450", "Xã Lộc Quang", "Huyện Lộc Ninh"),
        new("25453", "Xã Tân Tiến", "Huyện Bù Đốp"),
        new("25456", "Xã Thiện Hưng", "Huyện Bù Đốp"),
        new("25459", "Xã Hưng Phước", "Huyện Bù Đốp"),
        new("25462", "Xã Phú Nghĩa", "Huyện Bù Gia Mập"),
        new("25465", "Xã Đa Kia", "Huyện Bù Gia Mập"),
        new("25468", "Xã Bù Gia Mập", "Huyện Bù Gia Mập"),
        new("25471", "Xã Đăk Ơ", "Huyện Bù Gia Mập"),
        new("25474", "Xã Bình Tân", "Huyện Phú Riềng"),
        new("25477", "Xã Long Hà", "Huyện Phú Riềng"),
        new("25483", "Xã Phú Riềng", "Huyện Phú Riềng"),
        new("25486", "Xã Phú Trung", "Huyện Phú Riềng"),
        new("25489", "Xã Thuận Lợi", "Huyện Phú Riềng"),
        new("25492", "Xã Đồng Tâm", "Huyện Đồng Phú"),
        new("25495", "Xã Tân Lợi", "Huyện Đồng Phú"),
        new("25498", "Xã Đồng Phú", "Huyện Đồng Phú"),
        new("25501", "Xã Phước Sơn", "Huyện Bù Đăng"),
        new("25504", "Xã Nghĩa Trung", "Huyện Bù Đăng"),
        new("25507", "Xã Bù Đăng", "Huyện Bù Đăng"),
        new("25510", "Xã Thọ Sơn", "Huyện Bù Đăng"),
        new("25513", "Xã Đak Nhau", "Huyện Bù Đăng"),
        new("25516", "Xã Bom Bo", "Huyện Bù Đăng"),
        new("25519", "Phường Bình Long", "Thị xã Bình Long"),
        new("25522", "Phường An Lộc", "Thị xã Bình Long"),
        new("25525", "Phường Phước Bình", "Thị xã Phước Long"),
        new("25528", "Phường Phước Long", "Thị xã Phước Long"),
        new("25531", "Phường Đồng Xoài", "Thành phố Đồng Xoài"),
        new("25992", "Xã Đại Phước", "Huyện Nhơn Trạch"),
        new("25995", "Xã Nhơn Trạch", "Huyện Nhơn Trạch"),
        new("25998", "Xã Phước An", "Huyện Nhơn Trạch"),
        new("26001", "Xã Phước Thái", "Huyện Long Thành"),
        new("26004", "Xã Long Phước", "Huyện Long Thành"),
        new("26007", "Xã Long Thành", "Huyện Long Thành"),
        new("26010", "Xã Bình An", "Huyện Long Thành"),
        new("26013", "Xã An Phước", "Huyện Long Thành"),
        new("26016", "Xã An Viễn", "Huyện Long Thành"),
        new("26019", "Xã Bình Minh", "Huyện Trảng Bom"),
        new("26022", "Xã Trảng Bom", "Huyện Trảng Bom"),
        new("26025", "Xã Bàu Hàm", "Huyện Trảng Bom"),
        new("26028", "Xã Hưng Thịnh", "Huyện Trảng Bom"),
        new("26031", "Xã Dầu Giây", "Huyện Trảng Bom"),
        new("26034", "Xã Gia Kiệm", "Huyện Thống Nhất"),
        new("26037", "Xã Thống Nhất", "Huyện Thống Nhất"),
        new("26040", "Xã Xuân Quế", "Huyện Cẩm Mỹ"),
        new("26043", "Xã Xuân Đường", "Huyện Cẩm Mỹ"),
        new("26046", "Xã Cẩm Mỹ", "Huyện Cẩm Mỹ"),
        new("26049", "Xã Sông Ray", "Huyện Cẩm Mỹ"),
        new("26052", "Xã Xuân Đông", "Huyện Xuân Lộc"),
        new("26055", "Xã Xuân Định", "Huyện Xuân Lộc"),
        new("26058", "Xã Xuân Phú", "Huyện Xuân Lộc"),
        new("26061", "Xã Xuân Lộc", "Huyện Xuân Lộc"),
        new("26064", "Xã Xuân Hòa", "Huyện Xuân Lộc"),
        new("26067", "Xã Xuân Thành", "Huyện Xuân Lộc"),
        new("26068", "Phường Tam Phước", "Thành phố Biên Hòa"),
        new("26070", "Xã Xuân Bắc", "Huyện Xuân Lộc"),
        new("26073", "Xã La Ngà", "Huyện Định Quán"),
        new("26076", "Xã Định Quán", "Huyện Định Quán"),
        new("26079", "Xã Phú Vinh", "Huyện Định Quán"),
        new("26082", "Xã Phú Hòa", "Huyện Định Quán"),
        new("26085", "Xã Tà Lài", "Huyện Định Quán"),
        new("26088", "Xã Nam Cát Tiên", "Huyện Định Quán"),
        new("26091", "Xã Thanh Sơn", "Huyện Định Quán"),
        new("26094", "Xã Tân Phú", "Huyện Tân Phú"),
        new("26097", "Xã Phú Lâm", "Huyện Tân Phú"),
        new("26100", "Xã Đak Lua", "Huyện Tân Phú"),
        new("26103", "Xã Trị An", "Huyện Vĩnh Cửu"),
        new("26106", "Xã Tân An", "Huyện Vĩnh Cửu"),
        new("26109", "Xã Phú Lý", "Huyện Vĩnh Cửu"),
        new("26112", "Phường Biên Hòa", "Thành phố Biên Hòa"),
        new("26115", "Phường Trấn Biên", "Thành phố Biên Hòa"),
        new("26118", "Phường Tam Hiệp", "Thành phố Biên Hòa"),
        new("26121", "Phường Long Bình", "Thành phố Biên Hòa"),
        new("26124", "Phường Trảng Dài", "Thành phố Biên Hòa"),
        new("26127", "Phường Hố Nai", "Thành phố Biên Hòa"),
        new("26130", "Phường Long Hưng", "Thành phố Biên Hòa"),
        new("26133", "Phường Phước Tân", "Thành phố Biên Hòa"),
        new("26136", "Phường Bình Lộc", "Thành phố Long Khánh"),
        new("26139", "Phường Bảo Vinh", "Thành phố Long Khánh"),
        new("26142", "Phường Xuân Lập", "Thành phố Long Khánh"),
        new("26145", "Phường Long Khánh", "Thành phố Long Khánh"),
        new("26148", "Phường Hàng Gòn", "Thành phố Long Khánh"),
        new("26151", "Phường Tân Triều", "Thành phố Long Khánh"),    ];

    /// <summary>Two wards of another province, for isolation: placeholder codes apart from 25480 (the tests').</summary>
    public static readonly IReadOnlyList<DemoWard> TayNinh =
    [
        new(TanNinh, "Phường Tân Ninh", "Thành phố Tây Ninh"),
        new("25801", "Phường Long Hoa", "Thị xã Hòa Thành"),
    ];

    /// <summary>How many khu phố each ward has. Tam Phước's 07 is from its 500-day plan; the rest are illustrative.</summary>
    public static int NeighbourhoodCount(string wardCode, int index) => wardCode == TamPhuoc ? 7 : 4 + index % 7;
}
