using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WardPlatform.Plans.Importing;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Plans;

/// <summary>
/// Owners of imported targets matched to the ward's units (as the gateway sends them from the directory): from the target's
/// own line, "Trách nhiệm: …", the table's owner column and "Tổ chức thực hiện"; diacritics, case and short names ignored;
/// what matches no unit stays as written with a warning. Deadlines written in a target's sentence are read.
/// </summary>
public sealed class PlanImportOwnerTests(TestServers servers) : PlansServiceTests(servers)
{
    private static readonly WardUnit[] AnPhu =
    [
        new("Công an xã An Phú", "CA xã"),
        new("Trung tâm Phục vụ hành chính công", "TTPVHCC"),
        new("Hội Liên hiệp Phụ nữ xã An Phú", "Hội LHPN"),
        new("Phòng Văn hóa - Xã hội", "Phòng VH-XH"),
        new("Phòng Kinh tế", "Phòng KT"),
        new("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã An Phú", "Đoàn TN"),
    ];

    private const string Plan = """
        Số: 21/KH-UBND
        An Phú, ngày 02 tháng 3 năm 2026
        KẾ HOẠCH
        Thi đua bảo đảm an ninh trật tự và phục vụ Nhân dân năm 2026
        I. THỜI GIAN
        Từ ngày 02/3/2026 đến ngày 31/12/2026.
        II. CHỈ TIÊU
        1. Kéo giảm ít nhất 20% số vụ phạm pháp hình sự so với năm 2025.
        Trách nhiệm: CA xã.
        2. Tổ chức ít nhất 02 đợt ra quân dọn vệ sinh chợ.
        Trách nhiệm: Ban Quản lý chợ.
        3. 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn.
        4. Xây dựng ít nhất 03 mô hình tự quản về an ninh trật tự, hoàn thành trước ngày 30/9/2026 (Trách nhiệm: CONG AN XA).
        | STT | Nội dung chỉ tiêu | Chỉ tiêu | Đơn vị chủ trì |
        | 5 | Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa | 90% | Hội Phụ nữ |
        III. TỔ CHỨC THỰC HIỆN
        1. Trung tâm Phục vụ hành chính công: chủ trì chỉ tiêu số 3.
        """;

    [Fact]
    public async Task Each_target_owner_is_matched_to_a_unit_of_the_ward_and_an_unknown_one_stays_as_written_with_a_warning()
    {
        var response = await UploadAsync(Plan, JsonSerializer.Serialize(AnPhu.Select(u => new { name = u.Name, shortName = u.ShortName })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var targets = draft.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(5, targets.Count);
        var owners = targets.Select(t => (Owner(t, "ownerUnit"), Owner(t, "ownerWritten"))).ToList();
        Assert.Equal(("Công an xã An Phú", "CA xã"), owners[0]);
        Assert.Equal(("Ban Quản lý chợ", null), owners[1]);
        Assert.Equal(("Trung tâm Phục vụ hành chính công", null), owners[2]);
        Assert.Equal(("Công an xã An Phú", "CONG AN XA"), owners[3]);
        Assert.Equal(("Hội Liên hiệp Phụ nữ xã An Phú", "Hội Phụ nữ"), owners[4]);

        var unread = draft.GetProperty("unread").EnumerateArray().Select(u => u.GetString()!).ToList();
        var warning = Assert.Single(unread, u => u.StartsWith("Đơn vị chủ trì"));
        Assert.Contains("“Ban Quản lý chợ” (chỉ tiêu ở dòng 10) không có trong danh sách đơn vị", warning);

        // "hoàn thành trước ngày 30/9/2026" in the target's own sentence is its deadline; no other target has one.
        Assert.Equal("2026-09-30", targets[3].GetProperty("deadline").GetString());
        Assert.All(targets.Where((_, i) => i != 3), t => Assert.True(!t.TryGetProperty("deadline", out var d) || d.ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public async Task Without_the_wards_units_owners_stay_as_written_and_a_malformed_list_is_a_400_naming_the_field()
    {
        var plain = await (await UploadAsync(Plan, null)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("CA xã", plain.GetProperty("targets")[0].GetProperty("ownerUnit").GetString());
        Assert.DoesNotContain(plain.GetProperty("unread").EnumerateArray(), u => u.GetString()!.StartsWith("Đơn vị chủ trì"));

        var refused = await UploadAsync(Plan, "{\"name\": \"Công an xã\"}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("units", out _));
    }

    [Theory]
    [InlineData("Công an xã", "Công an xã An Phú")]
    [InlineData("CÔNG AN XÃ AN PHÚ", "Công an xã An Phú")]
    [InlineData("cong an xa", "Công an xã An Phú")]
    [InlineData("CA xã", "Công an xã An Phú")]
    [InlineData("Giám đốc Trung tâm Phục vụ Hành chính công chủ trì", "Trung tâm Phục vụ hành chính công")]
    [InlineData("Phòng Văn hóa-Xã hội xã", "Phòng Văn hóa - Xã hội")]
    [InlineData("Phòng Văn hóa - Xã hội chủ trì, phối hợp Công an xã", "Phòng Văn hóa - Xã hội")]
    [InlineData("Đoàn Thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã An Phú")]
    [InlineData("Phòng VH-XH", "Phòng Văn hóa - Xã hội")]
    public void A_name_written_without_marks_in_capitals_shortened_or_inside_a_sentence_finds_the_unit(string written, string unit) =>
        Assert.Equal(unit, UnitMatcher.Find(written, AnPhu).Unit?.Name);

    [Theory]
    [InlineData("Phòng")]                    // two units fit equally: neither
    [InlineData("Văn phòng Đảng ủy")]        // no such unit
    [InlineData("Ban Quản lý chợ")]
    [InlineData("Các đơn vị, cá nhân liên quan")]
    [InlineData("Phòng Kinh tế - Hạ tầng và Đô thị chủ trì")]
    public void A_name_that_no_single_unit_fits_matches_none(string written)
    {
        var match = UnitMatcher.Find(written, AnPhu);
        Assert.True(match.Unit is null, $"“{written}” matched “{match.Unit?.Name}”");
    }

    private static string? Owner(JsonElement target, string name) =>
        target.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private Task<HttpResponseMessage> UploadAsync(string text, string? units)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        form.Add(file, "file", "ke-hoach.md");
        if (units is not null) form.Add(new StringContent(units, Encoding.UTF8), "units");
        return Api.PostAsync("/plans/import", form, Ct);
    }
}
