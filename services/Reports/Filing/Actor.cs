using System.Security.Claims;

namespace WardPlatform.Reports.Filing;

/// <summary>Who moved a report, as its history shows it.</summary>
public sealed record Actor(string Id, string Name)
{
    public static readonly Actor Citizen = new("citizen", "Người phản ánh");
    public static readonly Actor System = new("system", "Hệ thống");

    public static Actor Of(ClaimsPrincipal user) =>
        new(user.FindFirstValue("sub") ?? "unknown", user.FindFirstValue("name") ?? user.FindFirstValue("sub") ?? "Cán bộ");
}
