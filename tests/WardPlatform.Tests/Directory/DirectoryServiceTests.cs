using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.Organisation;
using WardPlatform.Directory.People;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Directory;

/// <summary>
/// Tests of the directory's API: a fresh service host and database for each test, with a small organisation —
/// two wards of Đồng Nai (Tam Phước, Bình Phước) and one of Tây Ninh, each with a unit and a person.
/// </summary>
public abstract class DirectoryServiceTests(TestServers servers, IDictionary<string, string>? settings = null) : IAsyncLifetime
{
    protected ServiceHost<DirectoryDbContext> Host { get; } = new(servers, ResourceNames.DirectoryDb, settings: settings);
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected Unit TamPhuocPolice { get; } = NewUnit(TestUser.TamPhuoc, TestUser.ProvinceCode, "Công an phường Tam Phước", UnitKind.Police);
    protected Unit BinhPhuocPolice { get; } = NewUnit(TestUser.BinhPhuoc, TestUser.ProvinceCode, "Công an phường Bình Phước", UnitKind.Police);
    protected Unit TanNinhPolice { get; } = NewUnit(TestUser.OtherProvinceWard, TestUser.OtherProvinceCode, "Công an phường Tân Ninh", UnitKind.Police);
    protected Person TamPhuocOfficer { get; } = NewPerson("tamphuoc.canbo", "Nguyễn Thị Thu Hà", WardRoles.WardOfficer, TestUser.TamPhuoc, TestUser.ProvinceCode);
    protected Person BinhPhuocOfficer { get; } = NewPerson("binhphuoc.canbo", "Võ Thị Mỹ Dung", WardRoles.WardOfficer, TestUser.BinhPhuoc, TestUser.ProvinceCode);
    protected Person TanNinhOfficer { get; } = NewPerson("tanninh.canbo", "Đặng Thị Kim Ngân", WardRoles.WardOfficer, TestUser.OtherProvinceWard, TestUser.OtherProvinceCode);

    public virtual async ValueTask InitializeAsync()
    {
        await Host.WaitReadyAsync();
        await Host.QueryAsync(async db =>
        {
            db.Provinces.AddRange(Province.Create(TestUser.ProvinceCode, "Đồng Nai"), Province.Create(TestUser.OtherProvinceCode, "Tây Ninh"));
            db.Wards.AddRange(
                Ward.Create(TestUser.TamPhuoc, "Phường Tam Phước", WardKind.Phuong, TestUser.ProvinceCode, "Thành phố Biên Hòa"),
                Ward.Create(TestUser.BinhPhuoc, "Phường Bình Phước", WardKind.Phuong, TestUser.ProvinceCode, "Thành phố Đồng Xoài"),
                Ward.Create("26002", "Xã Đak Lua", WardKind.Xa, TestUser.ProvinceCode, "Huyện Tân Phú"),
                Ward.Create(TestUser.OtherProvinceWard, "Phường Tân Ninh", WardKind.Phuong, TestUser.OtherProvinceCode));
            db.Units.AddRange(TamPhuocPolice, BinhPhuocPolice, TanNinhPolice);
            db.People.AddRange(TamPhuocOfficer, BinhPhuocOfficer, TanNinhOfficer);
            return await db.SaveChangesAsync(Ct);
        });
    }

    public virtual ValueTask DisposeAsync() => Host.DisposeAsync();

    protected HttpClient As(TestUser? user) => Host.ClientAs(user);

    protected Task<int> CountAsync<T>() where T : class => Host.QueryAsync(db => db.Set<T>().CountAsync(Ct));

    protected static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>The first stable code given for <paramref name="field"/> in a validation problem.</summary>
    protected static async Task<string?> CodeFor(HttpResponseMessage response, string field) =>
        (await ProblemOf(response)).GetProperty("codes").GetProperty(field)[0].GetString();

    protected static TestUser WardAdmin(string ward = TestUser.TamPhuoc, string province = TestUser.ProvinceCode) => TestUser.WardAdmin(ward, province);

    /// <summary>A token for a person of the directory: its subject is the person's id.</summary>
    protected static TestUser AsPerson(Person person) => new(person.Id.ToString(), person.Role, person.TenantCode, person.ProvinceCode, person.DisplayName);

    private static Unit NewUnit(string tenant, string province, string name, UnitKind kind) =>
        new() { TenantCode = tenant, ProvinceCode = province, Name = name, Kind = kind };

    private static Person NewPerson(string userName, string displayName, string role, string tenant, string province) =>
        new() { UserName = userName, DisplayName = displayName, Role = role, TenantCode = tenant, ProvinceCode = province };
}
