using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Platform;

namespace WardPlatform.Tests.Commendations;

/// <summary>
/// Through the gateway of the running platform, with the demo officer, appraiser and chairman of Tam Phước: a round,
/// a nomination, its appraisal, the public posting seen without sign-in, and the chairman refused until posting ends
/// (the service's tests move a clock past it; here time is real).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CommendationGatewayTests(RunningPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Officer_appraiser_and_chairman_work_a_round_through_the_gateway_and_the_public_sees_the_posted_list()
    {
        using var officer = platform.ClientAs(WardRoles.WardOfficer, TestUser.TamPhuoc);
        using var appraiser = platform.ClientAs(WardRoles.WardAppraiser, TestUser.TamPhuoc);
        using var chairman = platform.ClientAs(WardRoles.WardChairman, TestUser.TamPhuoc);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        using var created = await appraiser.PostAsJsonAsync("/api/commendations/rounds", new
        {
            title = "phong trào thi đua E2E " + Guid.NewGuid().ToString("N")[..6], nominationsDue = today.AddDays(10),
            quotas = new[] { new { form = "giay-khen", recipientKind = "individual", maxCount = 1 } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var round = (await created.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("id").GetGuid();

        object Nominee(string name) => new
        {
            form = "giay-khen", recipientKind = "individual", recipientName = name, nominatingUnit = "Văn phòng HĐND-UBND",
            achievement = "Hoàn thành xuất sắc nhiệm vụ", reportText = "Báo cáo thành tích.",
            vote = new { meetingOn = today, members = 7, present = 7, votesFor = 6, votesAgainst = 1, votesAbstaining = 0 },
        };
        using var nominated = await officer.PostAsJsonAsync($"/api/commendations/rounds/{round}/nominations", Nominee("Nguyễn Thị Ánh Tuyết"), Ct);
        Assert.Equal(HttpStatusCode.Created, nominated.StatusCode);
        var nomination = (await nominated.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("id").GetGuid();
        using var overQuota = await officer.PostAsJsonAsync($"/api/commendations/rounds/{round}/nominations", Nominee("Trần Văn Bình"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, overQuota.StatusCode);
        Assert.Contains("quota_exceeded", await overQuota.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/commendations/nominations/{nomination}/appraise", new { verdict = "accept" }, Ct)).StatusCode);
        using var accepted = await appraiser.PostAsJsonAsync($"/api/commendations/nominations/{nomination}/appraise", new { verdict = "accept" }, Ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await appraiser.PostAsJsonAsync($"/api/commendations/rounds/{round}/post", new { days = 10 }, Ct)).StatusCode);

        using var anonymous = new HttpClient { BaseAddress = platform.GatewayAddress };
        var posted = await anonymous.GetStringAsync($"/api/commendations/public/rounds/{round}", Ct);
        Assert.Contains("Nguyễn Thị Ánh Tuyết", posted);
        var page = await anonymous.GetStringAsync($"/cong-khai/{TestUser.TamPhuoc}", Ct);
        Assert.Contains("Nguyễn Thị Ánh Tuyết", page);
        Assert.Contains("Công khai danh sách đề nghị khen thưởng", page);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/commendations/rounds/{round}/decide", new { signerName = "X" }, Ct)).StatusCode);
        using var early = await chairman.PostAsJsonAsync($"/api/commendations/rounds/{round}/decide", new { signerName = "Nguyễn Văn Chủ" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("posting_not_over", await early.Content.ReadAsStringAsync(Ct));

        using var neighbour = platform.ClientAs(WardRoles.WardOfficer, TestUser.BinhPhuoc);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/commendations/nominations/{nomination}", Ct)).StatusCode);
    }
}
