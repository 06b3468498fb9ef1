using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WardPlatform.Contracts;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Reports.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Reports;

/// <summary>
/// Tests of the reports service on its real Program, PostgreSQL and RabbitMQ: a fresh host per test, Tam Phước opened to
/// reports with two neighbourhoods, a clock at 09:00 on Thursday 12 February 2026 in Vietnam (just before Tết Bính Ngọ).
/// </summary>
public abstract class ReportsServiceTests(TestServers servers) : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 2, 12, 2, 0, 0, TimeSpan.Zero);
    public static readonly Guid KhuPho1 = Guid.Parse("6f1f8a52-0000-4000-8000-000000000001");
    public static readonly Guid KhuPho2 = Guid.Parse("6f1f8a52-0000-4000-8000-000000000002");

    protected TestClock Clock { get; } = new(Now);
    protected ServiceHost<ReportsDbContext> Reports { get; private set; } = null!;
    protected HttpClient Citizen { get; private set; } = null!;
    protected HttpClient Officer { get; private set; } = null!;
    protected HttpClient Office { get; private set; } = null!;
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Reports = new ServiceHost<ReportsDbContext>(servers, ResourceNames.ReportsDb, settings: new Dictionary<string, string>
            {
                ["Reports:PublicLimits:PerMinute"] = "0",
                ["Reports:PublicLimits:TrackPerMinute"] = "0",
            },
            services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        await Reports.WaitReadyAsync();
        Citizen = Reports.ClientAs(null);
        Officer = Reports.ClientAs(TestUser.WardOfficer());
        Office = Reports.ClientAs(TestUser.WardAdmin());
        var opened = await Office.PutAsJsonAsync("/setup", new
        {
            name = "Phường Tam Phước",
            neighbourhoods = new[] { new { id = KhuPho1, name = "Khu phố 1" }, new { id = KhuPho2, name = "Khu phố Phước Hòa" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    public ValueTask DisposeAsync() => Reports.DisposeAsync();

    protected static MultipartFormDataContent Form(string category = "lan-chiem", string? street = "Đường Nguyễn Văn Cừ", string? description = "Quán nước lấn chiếm vỉa hè, người đi bộ phải xuống lòng đường",
        Guid? neighbourhood = null, string? house = "12", double? lat = null, double? lon = null, bool anonymous = true,
        string? name = null, string? phone = null, params (string Name, byte[] Content)[] photos)
    {
        var form = new MultipartFormDataContent();
        void Add(string key, string? value) { if (value is not null) form.Add(new StringContent(value), key); }
        Add("category", category);
        Add("street", street);
        Add("description", description);
        Add("neighbourhoodId", (neighbourhood ?? KhuPho1).ToString());
        Add("houseNumber", house);
        Add("latitude", lat?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("longitude", lon?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("anonymous", anonymous ? "true" : "false");
        Add("reporterName", name);
        Add("reporterPhone", phone);
        foreach (var (fileName, content) in photos)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "photos", fileName);
        }
        return form;
    }

    protected async Task<(string Code, Guid Id)> FileAsync(MultipartFormDataContent form)
    {
        var response = await Citizen.PostAsync($"/public/wards/{TestUser.TamPhuoc}/reports", form, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var code = JsonDocument.Parse(body).RootElement.GetProperty("trackingCode").GetString()!;
        var normal = code.Replace("-", "");
        var id = await Reports.QueryAsync(db => db.TrackingCodes.Where(t => t.Code == normal).Select(t => t.ReportId).SingleAsync());
        return (code, id);
    }

    protected async Task<JsonElement> TrackAsync(string code)
    {
        var response = await Citizen.GetAsync($"/public/track/{code}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    protected async Task<HttpResponseMessage> ResolveAsync(Guid id, string note = "Đã giải tỏa, trả lại vỉa hè cho người đi bộ")
    {
        var form = new MultipartFormDataContent { { new StringContent(note), "note" } };
        var part = new ByteArrayContent(TestImages.Jpeg());
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(part, "photos", "sau-xu-ly.jpg");
        return await Officer.PostAsync($"/reports/{id}/resolve", form, Ct);
    }

    protected Task<List<string>> OutboxTypesAsync() => Reports.QueryAsync(db =>
        db.Set<OutboxMessage>().OrderBy(m => m.Sequence).Select(m => m.Type).ToListAsync());

    protected async Task<int> OutboxCountAsync<TEvent>() =>
        (await OutboxTypesAsync()).Count(t => t.StartsWith(typeof(TEvent).FullName + ",", StringComparison.Ordinal));
}
