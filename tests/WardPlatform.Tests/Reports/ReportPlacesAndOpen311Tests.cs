using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts.Events;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Reports;

/// <summary>Relapses and hot spots, duplicate suggestions, bad input that stores nothing, and an Open311 client's round trip.</summary>
public sealed class ReportPlacesAndOpen311Tests(TestServers servers) : ReportsServiceTests(servers)
{
    [Fact]
    public async Task A_resolved_place_reported_again_for_the_same_category_is_a_relapse_and_three_reports_make_a_hot_spot()
    {
        var (_, first) = await FileAsync(Form(house: "45", street: "Đường Lê Duẩn"));
        Assert.Equal(HttpStatusCode.OK, (await ResolveAsync(first)).StatusCode);
        Clock.Advance(TimeSpan.FromDays(30));
        var (_, again) = await FileAsync(Form(house: "45", street: "duong le duan"));          // the same address, typed without diacritics
        var (_, other) = await FileAsync(Form(category: "ve-sinh", house: "45", street: "Đường Lê Duẩn"));

        var reports = await Reports.QueryAsync(db => db.Reports.AsNoTracking().ToDictionaryAsync(r => r.Id));
        Assert.True(reports[again].IsRelapse);
        Assert.False(reports[other].IsRelapse);                                               // another category is no relapse
        Assert.Equal(reports[first].PlaceId, reports[again].PlaceId);
        Assert.Equal(1, await OutboxCountAsync<RelapseDetected>());
        var relapse = await Reports.QueryAsync(db => db.Set<WardPlatform.Messaging.Outbox.OutboxMessage>()
            .Where(m => m.Type.StartsWith(typeof(RelapseDetected).FullName!)).Select(m => m.Payload).SingleAsync());
        Assert.Contains(KhuPho1.ToString(), relapse);                                         // the neighbourhood, for rankings
        var place = await Officer.GetFromJsonAsync<JsonElement>($"/places/{reports[first].PlaceId}", Ct);
        Assert.Equal(3, place.GetProperty("reports").GetArrayLength());
        Assert.True(place.GetProperty("hotSpot").GetBoolean());
        var summary = await Officer.GetFromJsonAsync<JsonElement>("/summary?from=2026-01-01&to=2026-12-31", Ct);
        Assert.Equal(1, summary.GetProperty("hotSpots").GetArrayLength());
        Assert.Equal(3, summary.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Open_reports_of_the_same_category_nearby_are_suggested_newest_first_and_a_citizen_can_follow_one()
    {
        var (_, near) = await FileAsync(Form(lat: 10.8601, lon: 106.9201, street: null, house: null));
        await FileAsync(Form(lat: 10.8700, lon: 106.9201, street: null, house: null));      // ~1.1 km away
        var similar = await Citizen.GetFromJsonAsync<JsonElement>($"/public/wards/{TestUser.TamPhuoc}/similar?category=lan-chiem&lat=10.8605&lon=106.9203", Ct);
        Assert.Equal(near.ToString(), Assert.Single(similar.EnumerateArray()).GetProperty("id").GetString());
        var follow = await Citizen.PostAsync($"/public/reports/{near}/follow", null, Ct);
        Assert.Equal(HttpStatusCode.Created, follow.StatusCode);
        var code = (await follow.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("trackingCode").GetString()!;
        var tracked = await TrackAsync(code);
        Assert.False(tracked.GetProperty("isReporter").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await Citizen.GetAsync("/public/track/AAAA-BBBB-CCCC", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Citizen.GetAsync("/public/track/nonsense", Ct)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_named_vietnamese_errors_and_stores_nothing()
    {
        async Task<JsonElement> RefusedAsync(MultipartFormDataContent form)
        {
            var response = await Citizen.PostAsync($"/public/wards/{TestUser.TamPhuoc}/reports", form, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("codes");
        }
        Assert.Equal("not_an_image", (await RefusedAsync(Form(photos: ("anh.jpg", "MZ not an image"u8.ToArray())))).GetProperty("photos")[0].GetString());
        Assert.Equal("too_many", (await RefusedAsync(Form(photos: [.. Enumerable.Range(0, 6).Select(i => ($"{i}.jpg", TestImages.Jpeg()))]))).GetProperty("photos")[0].GetString());
        Assert.Equal("outside_vietnam", (await RefusedAsync(Form(lat: 48.85, lon: 2.35))).GetProperty("latitude")[0].GetString());
        Assert.Equal("required", (await RefusedAsync(Form(description: ""))).GetProperty("description")[0].GetString());
        Assert.Equal("too_long", (await RefusedAsync(Form(description: new string('a', 4001)))).GetProperty("description")[0].GetString());
        Assert.Equal("invalid_characters", (await RefusedAsync(Form(description: "Xem <script>alert(1)</script> ở đây"))).GetProperty("description")[0].GetString());
        Assert.Equal("unknown_category", (await RefusedAsync(Form(category: "khong-co"))).GetProperty("category")[0].GetString());
        Assert.Equal("unknown_neighbourhood", (await RefusedAsync(Form(neighbourhood: Guid.NewGuid()))).GetProperty("neighbourhoodId")[0].GetString());
        Assert.Equal("required", (await RefusedAsync(Form(anonymous: false))).GetProperty("reporterPhone")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Citizen.PostAsync("/public/wards/99999/reports", Form(), Ct)).StatusCode);
        var honeypot = Form();
        honeypot.Add(new StringContent("http://spam"), "website");
        Assert.Equal(HttpStatusCode.Created, (await Citizen.PostAsync($"/public/wards/{TestUser.TamPhuoc}/reports", honeypot, Ct)).StatusCode);
        Assert.Equal((0, 0, 0), (await Reports.QueryAsync(db => db.Reports.CountAsync()), await Reports.QueryAsync(db => db.Photos.CountAsync()),
            await Reports.QueryAsync(db => db.TrackingCodes.CountAsync())));
    }

    [Fact]
    public async Task An_open311_client_posts_form_encoded_with_its_key_and_reads_the_request_by_id_and_by_token_in_json_and_xml()
    {
        var issued = await Office.PostAsJsonAsync("/open311/keys", new { name = "Ứng dụng Đồng Nai Số" }, Ct);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var key = (await issued.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("apiKey").GetString()!;
        Assert.DoesNotContain(key, await Office.GetStringAsync("/open311/keys", Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await Officer.PostAsJsonAsync("/open311/keys", new { name = "X" }, Ct)).StatusCode);

        FormUrlEncodedContent Post(string? apiKey, string? description = "Rác thải đổ trộm ven đường nhiều ngày") => new(new Dictionary<string, string?>
        {
            ["api_key"] = apiKey, ["jurisdiction_id"] = TestUser.TamPhuoc, ["service_code"] = "ve-sinh", ["lat"] = "10.861", ["long"] = "106.921",
            ["description"] = description, ["phone"] = "0987654321", ["first_name"] = "Lê", ["last_name"] = "Hoa",
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!));
        Assert.Equal(HttpStatusCode.Forbidden, (await Citizen.PostAsync("/open311/v2/requests.json", Post("o311_wrong"), Ct)).StatusCode);
        var missing = await Citizen.PostAsync("/open311/v2/requests.json", Post(key, description: null), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("description", (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct))[0].GetProperty("description").GetString());

        var posted = await Citizen.PostAsync("/open311/v2/requests.json", Post(key), Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var answer = (await posted.Content.ReadFromJsonAsync<JsonElement>(Ct))[0];
        var id = answer.GetProperty("service_request_id").GetString()!;
        var token = answer.GetProperty("token").GetString()!;

        var byId = (await Citizen.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{id}.json?jurisdiction_id={TestUser.TamPhuoc}", Ct))[0];
        Assert.Equal(("open", "ve-sinh"), (byId.GetProperty("status").GetString(), byId.GetProperty("service_code").GetString()));
        Assert.EndsWith("+07:00", byId.GetProperty("requested_datetime").GetString());
        var byToken = (await Citizen.GetFromJsonAsync<JsonElement>($"/open311/v2/tokens/{token}.json?jurisdiction_id={TestUser.TamPhuoc}", Ct))[0];
        Assert.Equal(id, byToken.GetProperty("service_request_id").GetString());
        var xml = XDocument.Parse(await Citizen.GetStringAsync($"/open311/v2/requests/{id}.xml?jurisdiction_id={TestUser.TamPhuoc}", Ct));
        Assert.Equal(id, xml.Root!.Element("request")!.Element("service_request_id")!.Value);
        var list = await Citizen.GetStringAsync($"/open311/v2/requests.json?jurisdiction_id={TestUser.TamPhuoc}&status=open", Ct);
        Assert.Contains(id, list);
        Assert.DoesNotContain("0987654321", list);
        var services = XDocument.Parse(await Citizen.GetStringAsync($"/open311/v2/services.xml?jurisdiction_id={TestUser.TamPhuoc}", Ct));
        Assert.Equal(9, services.Root!.Elements("service").Count());
        Assert.Equal(HttpStatusCode.NotFound, (await Citizen.GetAsync($"/open311/v2/requests/{Guid.NewGuid()}.json?jurisdiction_id={TestUser.TamPhuoc}", Ct)).StatusCode);
    }
}
