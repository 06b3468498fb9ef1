using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.SignIn;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages;

/// <summary>
/// The home page. Signed in: "Việc cần làm" for the person's role (drafts waiting for the signer, drafts returned to
/// their preparer, targets overdue or not reported this month) and headline figures (targets by status, plans by
/// stage). Anonymous: what the platform is, for staff and for citizens, and which modules are in use yet.
/// The services' health is on /admin/status, for administrators.
/// </summary>
public sealed class IndexModel(WardHome home, ServiceClient services) : PageModel
{
    /// <summary>The signed-in person, or null for a visitor.</summary>
    public WardVisitor? Visitor { get; private set; }
    public List<JsonElement> ToSign { get; private set; } = [];
    public List<JsonElement> Returned { get; private set; } = [];
    public JsonElement? Work { get; private set; }
    public List<(string Label, int Count)> PlansByStage { get; private set; } = [];
    public bool Unavailable { get; private set; }

    /// <summary>The platform's modules and whether each is in use yet: only those in use are offered as working.</summary>
    public static readonly (string Name, string Description, bool InUse)[] Modules =
    [
        ("Kế hoạch thi đua", "Nhập kế hoạch từ văn bản, trình ký, ban hành, theo dõi", true),
        ("Chỉ tiêu và tiến độ", "Bảng chỉ tiêu, báo cáo tiến độ có minh chứng, xuất Excel", true),
        ("Khen thưởng", "Hồ sơ đề nghị, thẩm định, quyết định khen thưởng", true),
        ("Phản ánh, kiến nghị", "Người dân gửi và theo dõi phản ánh về an ninh trật tự", true),
        ("Xếp hạng xã, phường", "Xếp hạng theo chỉ tiêu và kết quả thi đua", true),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return;
        Visitor = await home.DescribeAsync(User, await HttpContext.GetTokenAsync("access_token"), ct);
        if (WorkRoles.IsAdministrator(User)) return;
        try
        {
            var plans = services.GetAsync("plans", "/plans?take=500", ct);
            var toSign = WorkRoles.IsSigner(User) ? services.GetAsync("plans", "/plans?handOver=Submitted", ct) : null;
            var returned = WorkRoles.IsPreparer(User) ? services.GetAsync("plans", "/plans?handOver=Returned", ct) : null;
            var work = services.GetAsync("targets", "/targets/work", ct);
            var all = await plans;
            var own = all.Body is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Where(Own).ToList() : [];
            PlansByStage = [.. PlanLabels.Statuses.Select(s => (s.Label, own.Count(p => p.Str("status") == s.Value))).Where(s => s.Item2 > 0)];
            if (toSign is not null) ToSign = Items(await toSign);
            if (returned is not null) Returned = Items(await returned);
            var answer = await work;
            Work = answer.Succeeded ? answer.Body : null;
            Unavailable = !all.Succeeded || !answer.Succeeded;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException)
        {
            Unavailable = true;
        }
    }

    // A province official's list holds every ward's plans: the figures are the person's own ward's or province's.
    private bool Own(JsonElement plan) => plan.Str("tenantCode") == User.FindFirst("ward_tenant")?.Value;

    private List<JsonElement> Items(ServiceAnswer answer) =>
        answer.Body is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray().Where(Own)] : [];
}
