using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.SignIn;
using WardPlatform.Contracts;
using WardPlatform.Gateway.Platform;

namespace WardPlatform.Gateway.Pages;

public sealed class IndexModel(PlatformStatus status, WardHome home, TimeProvider clock) : PageModel
{
    /// <summary>The signed-in person, or null for a visitor.</summary>
    public WardVisitor? Visitor { get; private set; }

    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public ServiceStatus[] Services { get; private set; } = [];
    public bool AllHealthy => Services.All(s => s.Healthy);
    /// <summary>Vietnam time, dd/MM/yyyy HH:mm:ss.</summary>
    public string CheckedAt { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true)
            Visitor = await home.DescribeAsync(User, await HttpContext.GetTokenAsync("access_token"), ct);
        Services = await status.CheckAllAsync(ct);
        CheckedAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Vietnam).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
    }

    public static string Describe(string service) => service switch
    {
        ResourceNames.Directory => "Danh mục đơn vị, người dùng và phân quyền",
        ResourceNames.Plans => "Kế hoạch thi đua",
        ResourceNames.Targets => "Chỉ tiêu và tiến độ",
        ResourceNames.Commendations => "Khen thưởng",
        ResourceNames.Reports => "Phản ánh, kiến nghị về an ninh trật tự",
        ResourceNames.Rankings => "Xếp hạng xã, phường",
        _ => service,
    };
}
