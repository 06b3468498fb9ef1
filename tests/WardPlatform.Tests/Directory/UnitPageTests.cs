using System.Net;
using System.Net.Http.Json;
using WardPlatform.Directory.Organisation;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Directory;

/// <summary>The province's units (some 1,300 in Đồng Nai) a page at a time: by ward, searched without diacritics.</summary>
public sealed class UnitPageTests(TestServers servers) : DirectoryServiceTests(servers)
{
    private HttpClient ProvinceAdmin => As(TestUser.ProvinceAdmin());

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.QueryAsync(async db =>
        {
            db.Units.AddRange(Enumerable.Range(1, 60).Select(n => new Unit
            {
                TenantCode = TestUser.BinhPhuoc, ProvinceCode = TestUser.ProvinceCode, Name = $"Tổ dân phố số {n:00}", Kind = UnitKind.Other,
            }));
            db.Units.Add(new Unit { TenantCode = TestUser.TamPhuoc, ProvinceCode = TestUser.ProvinceCode, Name = "Hội Cựu chiến binh phường Tam Phước", ShortName = "Hội CCB", Kind = UnitKind.MassOrganisation });
            db.Units.Add(new Unit { TenantCode = TestUser.ProvinceCode, ProvinceCode = TestUser.ProvinceCode, Name = "Sở Nội vụ", ShortName = "SNV", Kind = UnitKind.Department });
            return await db.SaveChangesAsync(Ct);
        });
    }

    private async Task<UnitPage> PageAsync(HttpClient client, string query) => (await client.GetFromJsonAsync<UnitPage>($"/units/page{query}", Ct))!;

    [Fact]
    public async Task The_province_administrator_searches_the_provinces_units_without_diacritics_and_pages_them()
    {
        var tamPhuoc = await PageAsync(ProvinceAdmin, "?q=tam phuoc");
        Assert.Equal(["Công an phường Tam Phước", "Hội Cựu chiến binh phường Tam Phước"], tamPhuoc.Items.Select(u => u.Name));
        Assert.Equal(2, tamPhuoc.Total);
        Assert.Equal(tamPhuoc.Items.Select(u => u.Id), (await PageAsync(ProvinceAdmin, "?q=TAM  PHƯỚC")).Items.Select(u => u.Id));
        Assert.Equal(["Hội Cựu chiến binh phường Tam Phước"], (await PageAsync(ProvinceAdmin, "?q=hoi ccb")).Items.Select(u => u.Name));
        Assert.Equal(["Sở Nội vụ"], (await PageAsync(ProvinceAdmin, $"?tenantCode={TestUser.ProvinceCode}")).Items.Select(u => u.Name));

        // 2 + 60 + 1 + 1 units of Đồng Nai (not Tây Ninh's), 50 a page.
        var first = await PageAsync(ProvinceAdmin, "");
        Assert.Equal((1, 50, 64, 50), (first.Page, first.PageSize, first.Total, first.Items.Count));
        var second = await PageAsync(ProvinceAdmin, "?page=2");
        Assert.Equal(14, second.Items.Count);
        Assert.Empty(first.Items.Select(u => u.Id).Intersect(second.Items.Select(u => u.Id)));
        Assert.DoesNotContain(first.Items.Concat(second.Items), u => u.TenantCode == TestUser.OtherProvinceWard);

        var binhPhuoc = await PageAsync(ProvinceAdmin, $"?tenantCode={TestUser.BinhPhuoc}&q=to dan pho&pageSize=20&page=3");
        Assert.Equal((60, 20), (binhPhuoc.Total, binhPhuoc.Items.Count));
        Assert.Equal("Tổ dân phố số 41", binhPhuoc.Items[0].Name);
        Assert.All(binhPhuoc.Items, u => Assert.Equal(TestUser.BinhPhuoc, u.TenantCode));
    }

    [Fact]
    public async Task A_ward_administrator_searches_only_the_wards_units_and_a_renamed_unit_is_found_by_its_new_name()
    {
        var admin = As(WardAdmin());
        Assert.Equal(2, (await PageAsync(admin, "?q=phuong")).Total);
        Assert.Empty((await PageAsync(admin, $"?tenantCode={TestUser.BinhPhuoc}")).Items);
        Assert.Empty((await PageAsync(As(TestUser.ProvinceAdmin(TestUser.OtherProvinceCode)), "?q=tam phuoc")).Items);

        var renamed = await admin.PutAsJsonAsync($"/units/{TamPhuocPolice.Id}", new { name = "Công an phường Tam Phước (trụ sở mới)", shortName = "CA Đông", kind = "Police" }, Ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal([TamPhuocPolice.Id], (await PageAsync(admin, "?q=tru so moi")).Items.Select(u => u.Id));
        Assert.Equal([TamPhuocPolice.Id], (await PageAsync(admin, "?q=ca dong")).Items.Select(u => u.Id));
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=201", "pageSize")]
    [InlineData("?pageSize=0", "pageSize")]
    public async Task A_page_out_of_range_is_refused_naming_the_field(string query, string field)
    {
        using var response = await ProvinceAdmin.GetAsync($"/units/page{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("out_of_range", await CodeFor(response, field));
    }
}
