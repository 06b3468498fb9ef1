using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.People;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Directory;

public sealed class ChangePasswordTests(TestServers servers) : DirectoryServiceTests(servers)
{
    private const string Current = "mat-khau-cu-du-dai-1";
    private const string Next = "mat-khau-moi-du-dai-2";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.QueryAsync(async db =>
        {
            var officer = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct);
            officer.PasswordHash = new PasswordHasher<Person>().HashPassword(officer, Current);
            return await db.SaveChangesAsync(Ct);
        });
    }

    private Task<HttpResponseMessage> ChangeAsync(string? current, string? next) =>
        As(AsPerson(TamPhuocOfficer)).PutAsJsonAsync("/me/password", new { currentPassword = current, newPassword = next }, Ct);

    private async Task<PasswordVerificationResult> VerifyAsync(string password)
    {
        var person = await Host.QueryAsync(db => db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == TamPhuocOfficer.Id, Ct));
        return new PasswordHasher<Person>().VerifyHashedPassword(person, person.PasswordHash!, password);
    }

    [Fact]
    public async Task A_person_changes_their_own_password_and_only_the_new_one_is_valid_afterwards()
    {
        var response = await ChangeAsync(Current, Next);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(PasswordVerificationResult.Success, await VerifyAsync(Next));
        Assert.Equal(PasswordVerificationResult.Failed, await VerifyAsync(Current));
    }

    [Theory]
    [InlineData(null, Next, "currentPassword", "required")]
    [InlineData("sai-mat-khau-hien-tai", Next, "currentPassword", "wrong")]
    [InlineData(Current, "ngan", "newPassword", "too_short")]
    [InlineData(Current, null, "newPassword", "required")]
    [InlineData(Current, Current, "newPassword", "unchanged")]
    public async Task A_bad_request_names_the_field_in_Vietnamese_and_keeps_the_old_password(string? current, string? next, string field, string code)
    {
        var response = await ChangeAsync(current, next);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await CodeFor(response, field));
        Assert.Equal(PasswordVerificationResult.Success, await VerifyAsync(Current));
    }

    [Fact]
    public async Task Wrong_current_passwords_count_towards_the_sign_in_lockout()
    {
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.BadRequest, (await ChangeAsync("sai-mat-khau-" + i, Next)).StatusCode);

        var fifth = await ChangeAsync("sai-mat-khau-5", Next);
        var rightWhileLocked = await ChangeAsync(Current, Next);

        Assert.Equal((HttpStatusCode)423, fifth.StatusCode);
        Assert.Equal((HttpStatusCode)423, rightWhileLocked.StatusCode);
        Assert.Equal("locked_out", (await ProblemOf(rightWhileLocked)).GetProperty("code").GetString());
        Assert.Equal(PasswordVerificationResult.Success, await VerifyAsync(Current));
    }

    [Fact]
    public async Task A_caller_who_is_no_person_of_the_directory_has_no_password_to_change()
    {
        var machine = TestUser.WardOfficer() with { Subject = "tamphuoc-tich-hop" };

        var response = await As(machine).PutAsJsonAsync("/me/password", new { currentPassword = Current, newPassword = Next }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("no_directory_password", (await ProblemOf(response)).GetProperty("code").GetString());
    }
}
