using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Contracts;
using WardPlatform.Gateway.Platform;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Admin;

/// <summary>/admin/status: each backend service's /health as the gateway reads it, for administrators only.</summary>
[Authorize]
public sealed class StatusModel(PlatformStatus status, TimeProvider clock) : PageModel
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public ServiceStatus[] Services { get; private set; } = [];
    public bool AllHealthy => Services.All(s => s.Healthy);
    /// <summary>Vietnam time, dd/MM/yyyy HH:mm:ss.</summary>
    public string CheckedAt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!WorkRoles.IsAdministrator(User)) return Forbid();
        Services = await status.CheckAllAsync(ct);
        CheckedAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Vietnam).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        return Page();
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
