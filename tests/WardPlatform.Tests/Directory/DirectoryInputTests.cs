using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WardPlatform.Directory.Organisation;
using WardPlatform.Directory.People;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Directory;

/// <summary>Bad input on the directory's writes: a 400 naming the field in Vietnamese, and nothing changed.</summary>
public sealed class DirectoryInputTests(TestServers servers) : DirectoryServiceTests(servers)
{
    private const string Password = "mat-khau-du-dai-1";
    private HttpClient Admin => As(WardAdmin());

    private static object Person(string userName = "tamphuoc.moi", string displayName = "Lê Thị Hồng Nhung", string password = Password,
        string role = WardRoles.WardOfficer) => new { userName, displayName, role, password };

    [Fact]
    public async Task An_empty_unit_is_refused_naming_each_field_in_Vietnamese()
    {
        var response = await Admin.PostAsJsonAsync("/units", new { name = "   " }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal("Tên đơn vị không được để trống.", problem.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal("required", problem.GetProperty("codes").GetProperty("kind")[0].GetString());
        Assert.Equal(3, await CountAsync<Unit>());
    }

    [Fact]
    public async Task An_empty_person_is_refused_naming_each_field()
    {
        var response = await Admin.PostAsJsonAsync("/people", new { }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await ProblemOf(response)).GetProperty("codes");
        foreach (var field in new[] { "userName", "displayName", "role", "password" })
            Assert.Equal("required", codes.GetProperty(field)[0].GetString());
        Assert.Equal(3, await CountAsync<Person>());
    }

    [Fact]
    public async Task Too_long_names_are_refused()
    {
        var unit = await Admin.PostAsJsonAsync("/units", new { name = new string('a', 201), kind = "Department" }, Ct);
        var person = await Admin.PostAsJsonAsync("/people", Person(displayName: new string('b', 201)), Ct);
        var userName = await Admin.PostAsJsonAsync("/people", Person(userName: new string('c', 65)), Ct);

        Assert.Equal("too_long", await CodeFor(unit, "name"));
        Assert.Equal("too_long", await CodeFor(person, "displayName"));
        Assert.Equal("invalid_format", await CodeFor(userName, "userName"));
        Assert.Equal(3, await CountAsync<Unit>());
        Assert.Equal(3, await CountAsync<Person>());
    }

    [Theory]
    [InlineData("/units", "{\"name\": [], \"kind\": 5}")]
    [InlineData("/units", "{\"name\": \"Phòng\", \"kind\": \"Khong-co\"}")]
    [InlineData("/units", "{\"name\": \"Phòng\", ")]
    [InlineData("/people", "{\"userName\": 12, \"displayName\": {}, \"password\": true}")]
    [InlineData("/people", "{\"userName\": \"a.b\", \"unitId\": \"khong-phai-guid\"}")]
    [InlineData("/people", "not json at all")]
    [InlineData("/neighbourhoods", "{\"name\": \"Khu phố 1\", \"kind\": 1.5}")]
    [InlineData("/clusters", "{\"name\": \"Khối\", \"unitIds\": \"abc\"}")]
    public async Task A_body_of_the_wrong_shape_gets_a_problem_not_a_500(string path, string body)
    {
        var response = await Admin.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed_request", (await ProblemOf(response)).GetProperty("code").GetString());
        Assert.Equal(3, await CountAsync<Unit>());
        Assert.Equal(3, await CountAsync<Person>());
        Assert.Equal(0, await CountAsync<Neighbourhood>());
        Assert.Equal(0, await CountAsync<Cluster>());
    }

    [Fact]
    public async Task Decomposed_names_are_stored_composed()
    {
        var decomposed = "Phòng Văn hóa - Xã hội".Normalize(NormalizationForm.FormD);
        var person = "Lê Thị Hồng Nhung".Normalize(NormalizationForm.FormD);

        Assert.Equal(HttpStatusCode.Created, (await Admin.PostAsJsonAsync("/units", new { name = decomposed, kind = "Department" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Admin.PostAsJsonAsync("/people", Person(displayName: person), Ct)).StatusCode);

        var unitName = await Host.QueryAsync(db => db.Units.Where(u => u.Kind == UnitKind.Department).Select(u => u.Name).SingleAsync(Ct));
        Assert.Equal("Phòng Văn hóa - Xã hội", unitName);
        Assert.True(unitName.IsNormalized(NormalizationForm.FormC));
        var displayName = await Host.QueryAsync(db => db.People.Where(p => p.UserName == "tamphuoc.moi").Select(p => p.DisplayName).SingleAsync(Ct));
        Assert.Equal("Lê Thị Hồng Nhung", displayName);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE people;--")]
    [InlineData("Phòng A -- ghi chú")]
    [InlineData("Tên \" OR 1=1")]
    public async Task Markup_and_SQL_fragments_are_refused_naming_the_field(string name)
    {
        var unit = await Admin.PostAsJsonAsync("/units", new { name, kind = "Department" }, Ct);
        var person = await Admin.PostAsJsonAsync("/people", Person(displayName: name), Ct);
        var rename = await Admin.PutAsJsonAsync($"/units/{TamPhuocPolice.Id}", new { name, kind = "Police" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, unit.StatusCode);
        var problem = await ProblemOf(unit);
        Assert.Equal("invalid_characters", problem.GetProperty("codes").GetProperty("name")[0].GetString());
        Assert.StartsWith("Tên đơn vị chỉ được gồm chữ cái", problem.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal("invalid_characters", await CodeFor(person, "displayName"));
        Assert.Equal("invalid_characters", await CodeFor(rename, "name"));
        Assert.Equal(3, await CountAsync<Unit>());
        Assert.Equal(3, await CountAsync<Person>());
        Assert.Equal("Công an phường Tam Phước", (await Host.QueryAsync(db => db.Units.SingleAsync(u => u.Id == TamPhuocPolice.Id, Ct))).Name);
    }

    [Fact]
    public async Task Names_with_the_punctuation_real_names_use_are_accepted()
    {
        var response = await Admin.PostAsJsonAsync("/units", new { name = "Trường THCS Nguyễn Văn Trỗi (cơ sở 2) - K'Ho & Kinh, 1/2", kind = "School" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Bad_contact_details_and_unknown_roles_are_refused()
    {
        var response = await Admin.PostAsJsonAsync("/people", new
        {
            userName = "tamphuoc.moi", displayName = "Lê Thị Hồng Nhung", role = "janitor", password = Password,
            email = "<b>@x", phone = "gọi-tôi",
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await ProblemOf(response)).GetProperty("codes");
        Assert.Equal("invalid_role", codes.GetProperty("role")[0].GetString());
        Assert.Equal("invalid_format", codes.GetProperty("email")[0].GetString());
        Assert.Equal("invalid_format", codes.GetProperty("phone")[0].GetString());
        Assert.Equal(3, await CountAsync<Person>());
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("tam phuoc")]
    [InlineData("tâmphước")]
    [InlineData("x<script>")]
    public async Task User_names_outside_3_to_64_of_a_z_0_9_dot_underscore_dash_are_refused(string userName)
    {
        var response = await Admin.PostAsJsonAsync("/people", Person(userName: userName), Ct);

        Assert.Equal("invalid_format", await CodeFor(response, "userName"));
        Assert.Equal(3, await CountAsync<Person>());
    }

    [Fact]
    public async Task A_short_password_is_refused()
    {
        var response = await Admin.PostAsJsonAsync("/people", Person(password: "123456789"), Ct);
        var reset = await Admin.PostAsJsonAsync($"/people/{TamPhuocOfficer.Id}/password", new { password = "ngan" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal("too_short", problem.GetProperty("codes").GetProperty("password")[0].GetString());
        Assert.Equal("Mật khẩu phải có ít nhất 10 ký tự.", problem.GetProperty("errors").GetProperty("password")[0].GetString());
        Assert.Equal("too_short", await CodeFor(reset, "password"));
        Assert.Equal(3, await CountAsync<Person>());
        Assert.Null((await Host.QueryAsync(db => db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct))).PasswordHash);
    }

    [Fact]
    public async Task A_user_name_already_taken_anywhere_is_a_409_whatever_its_case()
    {
        var sameWard = await Admin.PostAsJsonAsync("/people", Person(userName: "TamPhuoc.CanBo"), Ct);
        var otherProvince = await Admin.PostAsJsonAsync("/people", Person(userName: "tanninh.canbo"), Ct);

        Assert.Equal(HttpStatusCode.Conflict, sameWard.StatusCode);
        Assert.Equal("duplicate_user_name", (await ProblemOf(sameWard)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, otherProvince.StatusCode);
        Assert.Equal(3, await CountAsync<Person>());
    }

    [Fact]
    public async Task A_user_name_is_stored_lower_case()
    {
        Assert.Equal(HttpStatusCode.Created, (await Admin.PostAsJsonAsync("/people", Person(userName: "TamPhuoc.Moi"), Ct)).StatusCode);
        Assert.True(await Host.QueryAsync(db => db.People.AnyAsync(p => p.UserName == "tamphuoc.moi", Ct)));
    }

    [Fact]
    public async Task The_password_is_stored_hashed_and_never_returned()
    {
        var created = await Admin.PostAsJsonAsync("/people", Person(), Ct);
        var body = await created.Content.ReadAsStringAsync(Ct);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        var listed = await Admin.GetStringAsync("/people", Ct);
        var fetched = await Admin.GetStringAsync($"/people/{id}", Ct);

        var person = await Host.QueryAsync(db => db.People.SingleAsync(p => p.Id == id, Ct));
        var hasher = Host.Services.GetRequiredService<IPasswordHasher<Person>>();
        Assert.NotNull(person.PasswordHash);
        Assert.NotEqual(Password, person.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Person>().VerifyHashedPassword(person, person.PasswordHash!, Password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(person, person.PasswordHash!, Password + "x"));
        foreach (var text in new[] { body, listed, fetched })
        {
            Assert.DoesNotContain(Password, text);
            Assert.DoesNotContain(person.PasswordHash!, text);
            Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_administrator_sets_a_new_password_which_lifts_a_lock()
    {
        await Host.QueryAsync(async db =>
        {
            var officer = await db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct);
            (officer.FailedSignIns, officer.LockedUntil) = (5, DateTimeOffset.UtcNow.AddHours(1));
            return await db.SaveChangesAsync(Ct);
        });

        var response = await Admin.PostAsJsonAsync($"/people/{TamPhuocOfficer.Id}/password", new { password = "mot-mat-khau-moi" }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var person = await Host.QueryAsync(db => db.People.SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct));
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Person>().VerifyHashedPassword(person, person.PasswordHash!, "mot-mat-khau-moi"));
        Assert.Equal((0, (DateTimeOffset?)null), (person.FailedSignIns, person.LockedUntil));
    }
}
