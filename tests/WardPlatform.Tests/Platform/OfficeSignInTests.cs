using System.Net;
using System.Net.Http.Json;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Platform;

/// <summary>
/// A ward office behind one address (every test here comes from 127.0.0.1) at the start of the day. The suite's platform
/// keeps the gateway's production limits on password attempts and on the sign-in redirects; only the count of wrong
/// passwords per address is raised, because the suite types wrong passwords on purpose (Gateway/FailedSignInLimitTests
/// pins that budget).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OfficeSignInTests(RunningPlatform platform)
{
    private const int OfficeSize = 30;
    private const string Password = "mat-khau-dau-ngay-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Thirty_people_of_one_office_signing_in_within_a_minute_all_get_in_and_guessing_one_account_still_locks_it()
    {
        var office = await NewPeopleAsync(OfficeSize);

        // All at once: the worst minute an office has.
        var signIns = await Task.WhenAll(office.Select(async person =>
        {
            using var browser = new SignInSession(platform.GatewayAddress);
            var (status, home, at) = await browser.SignInAsync(person.UserName, Password, Ct);
            return (person, status, home, at);
        }));

        Assert.All(signIns, s =>
        {
            Assert.True(s.status == HttpStatusCode.OK && s.at?.AbsolutePath == "/", $"{s.person.UserName}: {(int)s.status} at {s.at}");
            Assert.Contains(s.person.DisplayName, s.home);
            Assert.Contains("Việc cần làm", s.home);
        });

        // Guessing one of them: the account is locked after the fifth wrong password, and then even the right one waits.
        var guessed = office[0];
        using var guesser = new SignInSession(platform.GatewayAddress);
        for (var i = 1; i <= 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.SignInAsync(guessed.UserName, $"doan-mo-{i}", Ct)).Status);
        var fifth = await guesser.SignInAsync(guessed.UserName, "doan-mo-5", Ct);
        Assert.Equal((HttpStatusCode)423, fifth.Status);
        Assert.Contains("Tài khoản tạm khóa", fifth.Html);
        Assert.Equal((HttpStatusCode)423, (await guesser.SignInAsync(guessed.UserName, Password, Ct)).Status);
        // The rest of the office is not affected.
        using var colleague = new SignInSession(platform.GatewayAddress);
        Assert.Equal(HttpStatusCode.OK, (await colleague.SignInAsync(office[1].UserName, Password, Ct)).Status);
    }

    private async Task<List<(string UserName, string DisplayName)>> NewPeopleAsync(int count)
    {
        var admin = platform.ClientAs(WardRoles.WardAdministrator, TestUser.TamPhuoc);
        var run = Guid.NewGuid().ToString("N")[..6];
        var people = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            var person = ($"tamphuoc.vp{run}{i:00}", $"Cán Bộ Văn Phòng {run} Số {i + 1}");
            using var created = await admin.PostAsJsonAsync("/api/directory/people",
                new { userName = person.Item1, displayName = person.Item2, role = WardRoles.WardOfficer, password = Password }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            people.Add(person);
        }
        return people;
    }
}
