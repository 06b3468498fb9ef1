using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Me;
using WardPlatform.Directory.Organisation;
using WardPlatform.Directory.People;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Directory;

/// <summary>Who reads and who changes the directory: per role, per ward, per province.</summary>
public sealed class DirectoryAccessTests(TestServers servers) : DirectoryServiceTests(servers)
{
    private static object NewPerson(string userName, Guid? unitId = null, string role = WardRoles.WardOfficer) => new
    {
        userName, displayName = "Trần Thị Bích Ngọc", role, unitId, email = "ngoc@tamphuoc.gov.vn", phone = "0251 3936 123", password = "mat-khau-du-dai-1",
    };

    [Fact]
    public async Task A_ward_admin_creates_a_unit_and_a_person_in_their_own_ward()
    {
        var admin = As(WardAdmin());

        var unitResponse = await admin.PostAsJsonAsync("/units", new { name = "Phòng Văn hóa - Xã hội", shortName = "Phòng VH-XH", kind = "Department" }, Ct);
        Assert.Equal(HttpStatusCode.Created, unitResponse.StatusCode);
        var unit = (await unitResponse.Content.ReadFromJsonAsync<UnitDto>(Ct))!;
        var personResponse = await admin.PostAsJsonAsync("/people", NewPerson("tamphuoc.vhxh", unit.Id), Ct);

        Assert.Equal(HttpStatusCode.Created, personResponse.StatusCode);
        var storedUnit = await Host.QueryAsync(db => db.Units.SingleAsync(u => u.Id == unit.Id, Ct));
        Assert.Equal((TestUser.TamPhuoc, TestUser.ProvinceCode), (storedUnit.TenantCode, storedUnit.ProvinceCode));
        var person = await Host.QueryAsync(db => db.People.SingleAsync(p => p.UserName == "tamphuoc.vhxh", Ct));
        Assert.Equal((TestUser.TamPhuoc, TestUser.ProvinceCode, unit.Id), (person.TenantCode, person.ProvinceCode, person.UnitId));
        Assert.Equal("Trần Thị Bích Ngọc", person.DisplayName);
    }

    [Fact]
    public async Task A_tenant_code_in_the_body_of_a_ward_admin_is_ignored()
    {
        var response = await As(WardAdmin()).PostAsJsonAsync("/units",
            new { name = "Phòng Kinh tế - Hạ tầng và Đô thị", kind = "Department", tenantCode = TestUser.BinhPhuoc }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(TestUser.TamPhuoc, (await response.Content.ReadFromJsonAsync<UnitDto>(Ct))!.TenantCode);
        Assert.Equal(1, await Host.QueryAsync(db => db.Units.CountAsync(u => u.TenantCode == TestUser.BinhPhuoc, Ct)));
    }

    [Fact]
    public async Task A_ward_officer_reads_their_ward_but_every_write_is_a_403()
    {
        var officer = As(TestUser.WardOfficer());
        var units = await officer.GetFromJsonAsync<List<UnitDto>>("/units", Ct);
        Assert.Equal([TamPhuocPolice.Id], units!.Select(u => u.Id));

        var writes = new[]
        {
            await officer.PostAsJsonAsync("/units", new { name = "Phòng mới", kind = "Department" }, Ct),
            await officer.PutAsJsonAsync($"/units/{TamPhuocPolice.Id}", new { name = "Đổi tên", kind = "Police" }, Ct),
            await officer.DeleteAsync($"/units/{TamPhuocPolice.Id}", Ct),
            await officer.PostAsJsonAsync("/neighbourhoods", new { name = "Khu phố 8", kind = "KhuPho" }, Ct),
            await officer.PostAsJsonAsync("/people", NewPerson("tamphuoc.moi"), Ct),
            await officer.PutAsJsonAsync($"/people/{TamPhuocOfficer.Id}", new { displayName = "Tên khác", role = WardRoles.WardAdministrator }, Ct),
            await officer.PostAsJsonAsync($"/people/{TamPhuocOfficer.Id}/password", new { password = "mot-mat-khau-moi" }, Ct),
        };

        foreach (var response in writes)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = await ProblemOf(response);
            Assert.Equal("not_administrator", problem.GetProperty("code").GetString());
            Assert.Contains("quản trị", problem.GetProperty("detail").GetString());
        }
        Assert.Equal(3, await CountAsync<Unit>());
        Assert.Equal(0, await CountAsync<Neighbourhood>());
        Assert.Equal(3, await CountAsync<Person>());
        var officerNow = await Host.QueryAsync(db => db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct));
        Assert.Equal((WardRoles.WardOfficer, "Nguyễn Thị Thu Hà", (string?)null), (officerNow.Role, officerNow.DisplayName, officerNow.PasswordHash));
        Assert.Equal("Công an phường Tam Phước", (await Host.QueryAsync(db => db.Units.SingleAsync(u => u.Id == TamPhuocPolice.Id, Ct))).Name);
    }

    [Fact]
    public async Task Another_wards_admin_gets_404_for_a_unit_or_person_of_Tam_Phuoc_and_changes_nothing()
    {
        var otherAdmin = As(WardAdmin(TestUser.BinhPhuoc));

        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/units/{TamPhuocPolice.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PutAsJsonAsync($"/units/{TamPhuocPolice.Id}", new { name = "Chiếm quyền", kind = "Police" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.DeleteAsync($"/units/{TamPhuocPolice.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/people/{TamPhuocOfficer.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PutAsJsonAsync($"/people/{TamPhuocOfficer.Id}",
            new { displayName = "Chiếm quyền", role = WardRoles.WardAdministrator }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsJsonAsync($"/people/{TamPhuocOfficer.Id}/password",
            new { password = "chiem-quyen-123" }, Ct)).StatusCode);

        var unit = await Host.QueryAsync(db => db.Units.SingleAsync(u => u.Id == TamPhuocPolice.Id, Ct));
        Assert.Equal("Công an phường Tam Phước", unit.Name);
        var person = await Host.QueryAsync(db => db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct));
        Assert.Equal((WardRoles.WardOfficer, (string?)null), (person.Role, person.PasswordHash));
        var listed = await otherAdmin.GetFromJsonAsync<List<PersonDto>>("/people", Ct);
        Assert.Equal(["binhphuoc.canbo"], listed!.Select(p => p.UserName));
    }

    [Fact]
    public async Task A_province_official_reads_both_wards_units_but_gets_403_writing_them()
    {
        var official = As(TestUser.ProvinceOfficial());

        var units = await official.GetFromJsonAsync<List<UnitDto>>("/units", Ct);
        Assert.Equal(new[] { BinhPhuocPolice.Id, TamPhuocPolice.Id }.Order(), units!.Select(u => u.Id).Order());
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync($"/units/{TamPhuocPolice.Id}", Ct)).StatusCode);
        var people = await official.GetFromJsonAsync<List<PersonDto>>("/people", Ct);
        Assert.Equal(["binhphuoc.canbo", "tamphuoc.canbo"], people!.Select(p => p.UserName).Order());

        var update = await official.PutAsJsonAsync($"/units/{TamPhuocPolice.Id}", new { name = "Sửa hộ", kind = "Police" }, Ct);
        var create = await official.PostAsJsonAsync("/units", new { name = "Sở Nội vụ", kind = "Department" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("Công an phường Tam Phước", (await Host.QueryAsync(db => db.Units.SingleAsync(u => u.Id == TamPhuocPolice.Id, Ct))).Name);
        Assert.Equal(3, await CountAsync<Unit>());
    }

    [Fact]
    public async Task A_province_admin_writes_province_records_but_not_a_wards()
    {
        var admin = As(TestUser.ProvinceAdmin());

        var wardUnit = await admin.PutAsJsonAsync($"/units/{TamPhuocPolice.Id}", new { name = "Sửa hộ phường", kind = "Police" }, Ct);
        var wardPerson = await admin.PutAsJsonAsync($"/people/{TamPhuocOfficer.Id}", new { displayName = "Sửa hộ", role = WardRoles.WardOfficer }, Ct);
        var neighbourhood = await admin.PostAsJsonAsync("/neighbourhoods", new { name = "Khu phố 1", kind = "KhuPho" }, Ct);
        var provinceUnit = await admin.PostAsJsonAsync("/units", new { name = "Sở Nội vụ", kind = "Department" }, Ct);
        var wardRole = await admin.PostAsJsonAsync("/people", NewPerson("dongnai.canbo"), Ct);
        var provinceRole = await admin.PostAsJsonAsync("/people", NewPerson("dongnai.chuyenvien", role: WardRoles.ProvinceOfficial), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, wardUnit.StatusCode);
        Assert.Equal("tenant_forbidden", (await ProblemOf(wardUnit)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, wardPerson.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, neighbourhood.StatusCode);
        Assert.Equal("ward_only", (await ProblemOf(neighbourhood)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, provinceUnit.StatusCode);
        Assert.Equal(TestUser.ProvinceCode, (await provinceUnit.Content.ReadFromJsonAsync<UnitDto>(Ct))!.TenantCode);
        Assert.Equal(HttpStatusCode.Forbidden, wardRole.StatusCode);
        Assert.Equal("role_not_allowed", (await ProblemOf(wardRole)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, provinceRole.StatusCode);
        var people = await Host.QueryAsync(db => db.People.Where(p => p.TenantCode == TestUser.ProvinceCode).Select(p => p.UserName).ToListAsync(Ct));
        Assert.Equal(["dongnai.chuyenvien"], people);
        Assert.Equal("Công an phường Tam Phước", (await Host.QueryAsync(db => db.Units.SingleAsync(u => u.Id == TamPhuocPolice.Id, Ct))).Name);
    }

    [Fact]
    public async Task A_ward_admin_may_give_only_ward_roles()
    {
        var admin = As(WardAdmin());

        var response = await admin.PostAsJsonAsync("/people", NewPerson("tamphuoc.leo", role: WardRoles.ProvinceAdministrator), Ct);
        var promote = await admin.PutAsJsonAsync($"/people/{TamPhuocOfficer.Id}", new { displayName = "Nguyễn Thị Thu Hà", role = WardRoles.PlatformAdministrator }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("role_not_allowed", (await ProblemOf(response)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, promote.StatusCode);
        Assert.Equal(3, await CountAsync<Person>());
        Assert.Equal(WardRoles.WardOfficer, (await Host.QueryAsync(db => db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct))).Role);
    }

    [Fact]
    public async Task A_ward_admin_updates_a_person_of_their_ward()
    {
        var response = await As(WardAdmin()).PutAsJsonAsync($"/people/{TamPhuocOfficer.Id}", new
        {
            displayName = "Nguyễn Thị Thu Hà", role = WardRoles.WardAppraiser, unitId = TamPhuocPolice.Id, email = "ha@tamphuoc.gov.vn", phone = "0912 345 678", isActive = false,
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = await Host.QueryAsync(db => db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct));
        Assert.Equal((WardRoles.WardAppraiser, (Guid?)TamPhuocPolice.Id, "ha@tamphuoc.gov.vn", false), (person.Role, person.UnitId, person.Email, person.IsActive));
    }

    [Fact]
    public async Task A_person_cannot_be_put_in_another_wards_unit()
    {
        var response = await As(WardAdmin()).PostAsJsonAsync("/people", NewPerson("tamphuoc.lac", BinhPhuocPolice.Id), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unknown_unit", await CodeFor(response, "unitId"));
        Assert.Equal(3, await CountAsync<Person>());
    }

    [Fact]
    public async Task A_province_admin_of_province_72_sees_nothing_of_75()
    {
        var admin = As(TestUser.ProvinceAdmin(TestUser.OtherProvinceCode));

        var units = await admin.GetFromJsonAsync<List<UnitDto>>("/units", Ct);
        var wards = await admin.GetFromJsonAsync<List<WardDto>>("/wards", Ct);
        var people = await admin.GetFromJsonAsync<List<PersonDto>>("/people", Ct);

        Assert.Equal([TanNinhPolice.Id], units!.Select(u => u.Id));
        Assert.Equal([TestUser.OtherProvinceWard], wards!.Select(w => w.Code));
        Assert.Equal(["tanninh.canbo"], people!.Select(p => p.UserName));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/units/{TamPhuocPolice.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/people/{TamPhuocOfficer.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/wards/{TestUser.TamPhuoc}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/provinces/{TestUser.ProvinceCode}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/provinces/{TestUser.OtherProvinceCode}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_platform_admin_must_name_the_tenant_of_what_they_create()
    {
        var admin = As(TestUser.PlatformAdmin());

        var unnamed = await admin.PostAsJsonAsync("/units", new { name = "Phòng Kinh tế", kind = "Department" }, Ct);
        var unknown = await admin.PostAsJsonAsync("/units", new { name = "Phòng Kinh tế", kind = "Department", tenantCode = "99999" }, Ct);
        var named = await admin.PostAsJsonAsync("/units", new { name = "Phòng Kinh tế", kind = "Department", tenantCode = TestUser.BinhPhuoc }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Equal("required", await CodeFor(unnamed, "tenantCode"));
        Assert.Equal("unknown_tenant", await CodeFor(unknown, "tenantCode"));
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        var stored = await Host.QueryAsync(db => db.Units.SingleAsync(u => u.Name == "Phòng Kinh tế", Ct));
        Assert.Equal((TestUser.BinhPhuoc, TestUser.ProvinceCode), (stored.TenantCode, stored.ProvinceCode));
    }

    [Theory]
    [InlineData("GET", "/me")]
    [InlineData("GET", "/wards")]
    [InlineData("GET", "/provinces/75")]
    [InlineData("GET", "/units")]
    [InlineData("POST", "/units")]
    [InlineData("GET", "/neighbourhoods")]
    [InlineData("GET", "/clusters")]
    [InlineData("GET", "/people")]
    [InlineData("POST", "/people")]
    public async Task An_unauthenticated_caller_gets_401(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = JsonContent.Create(new { name = "Phòng mới", kind = "Department" });

        var response = await As(null).SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(3, await CountAsync<Unit>());
    }

    [Fact]
    public async Task Me_shows_the_person_with_ward_province_and_role_in_Vietnamese()
    {
        var me = await As(AsPerson(TamPhuocOfficer)).GetFromJsonAsync<MeDto>("/me", Ct);

        Assert.True(me!.Known);
        Assert.Equal(("tamphuoc.canbo", "Nguyễn Thị Thu Hà"), (me.UserName, me.DisplayName));
        Assert.Equal(("Phường Tam Phước", "Đồng Nai"), (me.TenantName, me.ProvinceName));
        Assert.Equal("Cán bộ, công chức phường/xã", me.RoleLabel);
    }

    [Fact]
    public async Task Me_without_a_person_answers_from_the_tokens_claims()
    {
        var me = await As(TestUser.ProvinceOfficial()).GetFromJsonAsync<MeDto>("/me", Ct);

        Assert.False(me!.Known);
        Assert.Null(me.Id);
        Assert.Equal(("official-75", WardRoles.ProvinceOfficial, "Chuyên viên cấp tỉnh"), (me.Subject, me.Role, me.RoleLabel));
        Assert.Equal(("Đồng Nai", "Đồng Nai"), (me.TenantName, me.ProvinceName));
    }

    [Theory]
    [InlineData("tam phuoc")]
    [InlineData("TAM PHƯỚC")]
    [InlineData("  Tâm   phuoc ")]
    [InlineData("phuong tam")]
    public async Task Ward_search_ignores_case_and_diacritics(string query)
    {
        var wards = await As(TestUser.ProvinceOfficial()).GetFromJsonAsync<List<WardDto>>($"/wards?q={Uri.EscapeDataString(query)}", Ct);

        Assert.Equal([TestUser.TamPhuoc], wards!.Select(w => w.Code));
        Assert.Equal("Phường", wards![0].KindLabel);
    }

    [Fact]
    public async Task Ward_search_maps_d_with_stroke_to_d_and_stays_within_the_callers_scope()
    {
        var official = As(TestUser.ProvinceOfficial());
        var dakLua = await official.GetFromJsonAsync<List<WardDto>>("/wards?q=dak%20lua", Ct);
        var officerSees = await As(TestUser.WardOfficer()).GetFromJsonAsync<List<WardDto>>("/wards?q=phuoc", Ct);
        var all = await official.GetFromJsonAsync<List<WardDto>>("/wards", Ct);

        Assert.Equal(["Xã Đak Lua"], dakLua!.Select(w => w.Name));
        Assert.Equal("Xã", dakLua![0].KindLabel);
        Assert.Equal([TestUser.TamPhuoc], officerSees!.Select(w => w.Code));
        Assert.Equal(3, all!.Count);
    }

    [Fact]
    public async Task Ward_staff_read_their_own_province_and_ward()
    {
        var officer = As(TestUser.WardOfficer());

        var province = await officer.GetFromJsonAsync<ProvinceDto>($"/provinces/{TestUser.ProvinceCode}", Ct);
        Assert.Equal(("Đồng Nai", 1), (province!.Name, province.WardCount));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/wards/{TestUser.TamPhuoc}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/wards/{TestUser.BinhPhuoc}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/provinces/{TestUser.OtherProvinceCode}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_province_admin_groups_wards_and_a_ward_admin_groups_units_in_clusters()
    {
        var province = await As(TestUser.ProvinceAdmin()).PostAsJsonAsync("/clusters",
            new { name = "Cụm thi đua số 1", wardCodes = new[] { TestUser.TamPhuoc, TestUser.BinhPhuoc } }, Ct);
        var foreignWard = await As(TestUser.ProvinceAdmin()).PostAsJsonAsync("/clusters",
            new { name = "Cụm lạ", wardCodes = new[] { TestUser.OtherProvinceWard } }, Ct);
        var ward = await As(WardAdmin()).PostAsJsonAsync("/clusters",
            new { name = "Khối các đơn vị vũ trang", unitIds = new[] { TamPhuocPolice.Id } }, Ct);
        var foreignUnit = await As(WardAdmin()).PostAsJsonAsync("/clusters",
            new { name = "Khối lạ", unitIds = new[] { BinhPhuocPolice.Id } }, Ct);

        Assert.Equal(HttpStatusCode.Created, province.StatusCode);
        var provinceCluster = (await province.Content.ReadFromJsonAsync<ClusterDto>(Ct))!;
        Assert.Equal(ClusterMemberKind.Wards, provinceCluster.MemberKind);
        Assert.Equal(["Phường Bình Phước", "Phường Tam Phước"], provinceCluster.Members.Select(m => m.Name));
        Assert.Equal("unknown_ward", await CodeFor(foreignWard, "wardCodes"));
        Assert.Equal(HttpStatusCode.Created, ward.StatusCode);
        var wardCluster = (await ward.Content.ReadFromJsonAsync<ClusterDto>(Ct))!;
        Assert.Equal((ClusterMemberKind.Units, "Công an phường Tam Phước"), (wardCluster.MemberKind, wardCluster.Members.Single().Name));
        Assert.Equal("unknown_unit", await CodeFor(foreignUnit, "unitIds"));
        Assert.Equal(2, await CountAsync<Cluster>());

        Assert.Equal(HttpStatusCode.NotFound, (await As(WardAdmin(TestUser.BinhPhuoc)).GetAsync($"/clusters/{wardCluster.Id}", Ct)).StatusCode);
        var fetched = await As(TestUser.ProvinceOfficial()).GetFromJsonAsync<ClusterDto>($"/clusters/{provinceCluster.Id}", Ct);
        Assert.Equal(2, fetched!.Members.Count);
    }

    [Fact]
    public async Task A_cluster_is_renamed_given_new_members_and_removed_by_its_own_administrator_only()
    {
        var admin = As(WardAdmin());
        var created = await admin.PostAsJsonAsync("/clusters", new { name = "Khối văn hóa", unitIds = new[] { TamPhuocPolice.Id } }, Ct);
        var cluster = (await created.Content.ReadFromJsonAsync<ClusterDto>(Ct))!;
        var other = As(WardAdmin(TestUser.BinhPhuoc));

        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/clusters/{cluster.Id}", new { name = "Của tôi", unitIds = new[] { BinhPhuocPolice.Id } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/clusters/{cluster.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await As(AsPerson(TamPhuocOfficer)).DeleteAsync($"/clusters/{cluster.Id}", Ct)).StatusCode);
        var emptied = await admin.PutAsJsonAsync($"/clusters/{cluster.Id}", new { name = "Khối văn hóa", unitIds = Array.Empty<Guid>() }, Ct);
        Assert.Equal("required", await CodeFor(emptied, "unitIds"));
        var foreign = await admin.PutAsJsonAsync($"/clusters/{cluster.Id}", new { name = "Khối văn hóa", unitIds = new[] { BinhPhuocPolice.Id } }, Ct);
        Assert.Equal("unknown_unit", await CodeFor(foreign, "unitIds"));
        // Nothing of a refused change was kept.
        var unchanged = await admin.GetFromJsonAsync<ClusterDto>($"/clusters/{cluster.Id}", Ct);
        Assert.Equal("Công an phường Tam Phước", unchanged!.Members.Single().Name);

        var renamed = await admin.PutAsJsonAsync($"/clusters/{cluster.Id}", new { name = "Khối văn hóa - xã hội", unitIds = new[] { TamPhuocPolice.Id } }, Ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Khối văn hóa - xã hội", (await renamed.Content.ReadFromJsonAsync<ClusterDto>(Ct))!.Name);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/clusters/{cluster.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/clusters/{cluster.Id}", Ct)).StatusCode);
        Assert.Equal(0, await CountAsync<ClusterMember>());
    }

    [Fact]
    public async Task A_ward_admin_manages_the_neighbourhoods_of_their_ward()
    {
        var admin = As(WardAdmin());
        var created = await admin.PostAsJsonAsync("/neighbourhoods", new { name = "Khu phố 1", kind = "KhuPho" }, Ct);
        var neighbourhood = (await created.Content.ReadFromJsonAsync<NeighbourhoodDto>(Ct))!;

        var renamed = await admin.PutAsJsonAsync($"/neighbourhoods/{neighbourhood.Id}", new { name = "Khu phố Long Đức 1", kind = "KhuPho" }, Ct);
        var hidden = await As(WardAdmin(TestUser.BinhPhuoc)).DeleteAsync($"/neighbourhoods/{neighbourhood.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("Khu phố", TestUser.TamPhuoc), (neighbourhood.KindLabel, neighbourhood.TenantCode));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("Khu phố Long Đức 1", (await Host.QueryAsync(db => db.Neighbourhoods.SingleAsync(Ct))).Name);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/neighbourhoods/{neighbourhood.Id}", Ct)).StatusCode);
        Assert.Equal(0, await CountAsync<Neighbourhood>());
    }

    [Fact]
    public async Task Deleting_a_unit_leaves_its_people_without_a_unit()
    {
        await Host.QueryAsync(async db =>
        {
            var officer = await db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct);
            officer.UnitId = TamPhuocPolice.Id;
            return await db.SaveChangesAsync(Ct);
        });

        var response = await As(WardAdmin()).DeleteAsync($"/units/{TamPhuocPolice.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(2, await CountAsync<Unit>());
        Assert.Null((await Host.QueryAsync(db => db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct))).UnitId);
    }
}
