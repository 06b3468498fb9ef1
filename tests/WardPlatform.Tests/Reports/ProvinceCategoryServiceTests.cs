using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Reports;

/// <summary>The province's categories on the reports service alone (a fresh database): a default edited, wards opened before and after.</summary>
public sealed class ProvinceCategoryServiceTests(TestServers servers) : ReportsServiceTests(servers)
{
    [Fact]
    public async Task The_provinces_first_edit_stores_its_list_reaches_its_open_wards_only_and_a_ward_opening_later_starts_from_it()
    {
        var otherProvince = Reports.ClientAs(TestUser.WardAdmin(TestUser.OtherProvinceWard, TestUser.OtherProvinceCode));
        Assert.Equal(HttpStatusCode.OK, (await otherProvince.PutAsJsonAsync("/setup", new { name = "Phường khác tỉnh" }, Ct)).StatusCode);
        var province = Reports.ClientAs(TestUser.ProvinceAdmin());

        var refused = await province.PutAsJsonAsync("/province/categories/lan-chiem", new { name = "Lấn chiếm", unit = "", deadlineDays = 8 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, await Reports.QueryAsync(db => db.ProvinceCategories.CountAsync()));                 // nothing stored, not even the defaults
        Assert.Equal(9, (await province.GetFromJsonAsync<JsonElement>("/province/categories", Ct)).GetArrayLength()); // read from the defaults

        var edited = await province.PutAsJsonAsync("/province/categories/lan-chiem",
            new { name = "Lấn chiếm lòng đường, vỉa hè", unit = "Đội Quản lý trật tự đô thị", deadlineDays = 8, active = true }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(9, await Reports.QueryAsync(db => db.ProvinceCategories.CountAsync(c => c.ProvinceCode == TestUser.ProvinceCode)));

        Assert.Equal((8, "Đội Quản lý trật tự đô thị"), await LanChiemAsync(Office));                        // Tam Phước, open before, follows
        Assert.Equal((5, "Phòng Kinh tế - Hạ tầng - Đô thị"), await LanChiemAsync(otherProvince));            // another province's ward does not

        var later = Reports.ClientAs(TestUser.WardAdmin(TestUser.BinhPhuoc));
        Assert.Equal(HttpStatusCode.OK, (await later.PutAsJsonAsync("/setup", new { name = "Phường Bình Phước" }, Ct)).StatusCode);
        Assert.Equal((8, "Đội Quản lý trật tự đô thị"), await LanChiemAsync(later));
        Assert.Equal(9, (await later.GetFromJsonAsync<JsonElement>("/setup", Ct)).GetProperty("categories").GetArrayLength());

        var (_, id) = await FileAsync(Form(category: "lan-chiem"));
        Assert.Equal("Đội Quản lý trật tự đô thị", await Reports.QueryAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.Unit).SingleAsync()));
    }

    private static async Task<(int, string)> LanChiemAsync(HttpClient ward)
    {
        var category = (await ward.GetFromJsonAsync<JsonElement>("/setup", Ct)).GetProperty("categories").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "lan-chiem");
        return (category.GetProperty("deadlineDays").GetInt32(), category.GetProperty("unit").GetString()!);
    }
}
