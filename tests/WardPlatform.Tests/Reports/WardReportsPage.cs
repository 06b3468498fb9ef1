using System.Net;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Reports;

/// <summary>
/// A ward takes citizens' reports once its staff open the reports page: the page opens it with the directory's name and
/// neighbourhoods. Tests that need the ward open visit the page signed in, so the page's own code does it.
/// </summary>
public static class WardReportsPage
{
    public static Task OpenTamPhuocAsync(RunningPlatform platform, CancellationToken ct) => OpenAsync(platform, TestUser.TamPhuoc, ct);

    public static async Task OpenAsync(RunningPlatform platform, string ward, CancellationToken ct)
    {
        var admin = platform.People.Find(WardRoles.WardAdministrator, ward);
        using var session = new SignInSession(platform.GatewayAddress);
        var (status, html, _) = await session.SignInAsync(admin.UserName, admin.Password, ct);
        Assert.True(status == HttpStatusCode.OK, $"sign-in: {(int)status}\n{html[..Math.Min(html.Length, 300)]}");
        using var page = await session.Client.GetAsync("/reports", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
