using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Rankings;

/// <summary>Bad definitions and entries: a problem naming the field with a stable code, and nothing stored.</summary>
public sealed class DefinitionValidationTests(TestServers servers) : RankingsServiceTests(servers)
{
    private static object Criterion(decimal points, string source = "metric:reports-on-time", decimal floor = 50, decimal target = 100,
        string direction = "higher") => new { area = "Phản ánh", name = "Đúng hạn", points, source, floor, target, direction };

    private async Task<JsonElement> BadAsync(object body)
    {
        var response = await Province.PostAsJsonAsync("/definitions", body, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("codes");
    }

    [Fact]
    public async Task Weights_sources_periods_and_floors_are_checked_and_nothing_is_stored()
    {
        var codes = await BadAsync(new { name = "Xếp hạng", periodStart = "2026-01-01", periodEnd = "2026-12-31", criteria = new[] { Criterion(60), Criterion(30) } });
        Assert.Equal("weights_sum", codes.GetProperty("criteria")[0].GetString());

        codes = await BadAsync(new
        {
            name = "Xếp hạng", periodStart = "2026-12-31", periodEnd = "2026-01-01",
            criteria = new[] { Criterion(50, source: "metric:khong-co"), Criterion(50, floor: 100, target: 80) },
        });
        Assert.Equal("period_reversed", codes.GetProperty("periodEnd")[0].GetString());
        Assert.Equal("unknown_source", codes.GetProperty("criteria[0].source")[0].GetString());
        Assert.Equal("floor_above_target", codes.GetProperty("criteria[1].floor")[0].GetString());

        // A province target that does not exist is an unknown source too.
        codes = await BadAsync(new { name = "Xếp hạng", periodStart = "2026-01-01", periodEnd = "2026-12-31", criteria = new[] { Criterion(100, source: $"target:{Guid.NewGuid()}") } });
        Assert.Equal("unknown_source", codes.GetProperty("criteria[0].source")[0].GetString());

        var ward = await Ward(TestUser.TamPhuoc).PostAsJsonAsync("/definitions",
            new { name = "Xếp hạng", periodStart = "2026-01-01", periodEnd = "2026-12-31", criteria = new[] { Criterion(100) } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, ward.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Ward(TestUser.TamPhuoc).PutAsJsonAsync("/entered-values",
            new { key = "par-index", year = 2026, rows = new[] { new { ward = TestUser.TamPhuoc, value = 90, record = "QĐ 1" } } }, Ct)).StatusCode);

        var malformed = await Province.PostAsync("/definitions", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(0, await Rankings.QueryAsync(db => db.Definitions.IgnoreQueryFilters().CountAsync()));

        var good = await Province.PostAsJsonAsync("/definitions",
            new { name = "Xếp hạng", periodStart = "2026-01-01", periodEnd = "2026-12-31", criteria = new[] { Criterion(100) } }, Ct);
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
    }

    [Fact]
    public async Task Entered_values_and_bonus_items_feed_the_ranking_with_their_records()
    {
        var created = await Province.PostAsJsonAsync("/definitions", new
        {
            name = "Chỉ số CCHC", periodStart = "2026-01-01", periodEnd = "2026-12-31", wards = new[] { TestUser.TamPhuoc, TestUser.BinhPhuoc, "26041" },
            criteria = new[] { Criterion(100, source: "entered:par-index", floor: 50, target: 100) },
        }, Ct);
        var definition = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var put = await Province.PutAsJsonAsync("/entered-values", new
        {
            key = "par-index", year = 2026,
            rows = new object[]
            {
                new { ward = TestUser.TamPhuoc, value = 90, record = "QĐ 250/QĐ-UBND công bố PAR Index 2026" },
                new { ward = TestUser.BinhPhuoc, notApplicable = true, record = "Thành lập sau kỳ đánh giá" },
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var bonus = await Province.PostAsJsonAsync($"/definitions/series/{definition.GetProperty("seriesId").GetGuid()}/adjustments",
            new { ward = TestUser.TamPhuoc, points = 9, reason = "Mô hình tiêu biểu", record = "QĐ 12/QĐ-UBND" }, Ct);
        Assert.Equal(HttpStatusCode.Created, bonus.StatusCode);

        var live = await Province.GetFromJsonAsync<JsonElement>($"/definitions/{definition.GetProperty("id").GetGuid()}/live", Ct);
        var rows = live.GetProperty("wards").EnumerateArray().ToList();
        // 100 × 0.8 + bonus capped at 5; Bình Phước not applicable (chưa xếp hạng); 26041 not reported: 0.
        Assert.Equal((TestUser.TamPhuoc, 85.00m, 1), (rows[0].GetProperty("ward").GetString(), rows[0].GetProperty("score").GetDecimal(), rows[0].GetProperty("rank").GetInt32()));
        Assert.Equal(("26041", 0m, 2), (rows[1].GetProperty("ward").GetString(), rows[1].GetProperty("score").GetDecimal(), rows[1].GetProperty("rank").GetInt32()));
        Assert.Equal((TestUser.BinhPhuoc, false), (rows[2].GetProperty("ward").GetString(), rows[2].GetProperty("ranked").GetBoolean()));
    }
}
