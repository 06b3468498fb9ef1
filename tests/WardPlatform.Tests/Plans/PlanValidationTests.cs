using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Tests.Infrastructure;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>A confirmed plan that cannot be right is refused with a 400 naming each field (Vietnamese and a code); nothing is stored.</summary>
public sealed class PlanValidationTests(TestServers servers) : PlansServiceTests(servers)
{
    private async Task<JsonElement> RefusedAsync(object body)
    {
        var response = await Api.PostAsJsonAsync("/plans", body, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static string Code(JsonElement problem, string field) => problem.GetProperty("codes").GetProperty(field)[0].GetString()!;
    private static string Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private static object WithTarget(object target) => new { number = "1/KH-UBND", title = "Kế hoạch", issuedOn = "2026-05-30", targets = new[] { target } };

    [Fact]
    public async Task A_negative_target_value_is_refused()
    {
        var problem = await RefusedAsync(WithTarget(new { text = "Giảm số vụ", kind = "Count", value = -3, unit = "vụ" }));
        Assert.Equal("negative_value", Code(problem, "targets[0].value"));
        Assert.Equal("Giá trị chỉ tiêu không được âm.", Message(problem, "targets[0].value"));
    }

    [Theory]
    [InlineData("ShareToReach")]
    [InlineData("Ceiling")]
    public async Task A_share_or_ceiling_over_100_percent_is_refused(string kind)
    {
        var problem = await RefusedAsync(WithTarget(new { text = "Số hóa 120% hồ sơ", kind, value = 120, unit = "%" }));
        Assert.Equal("over_100_percent", Code(problem, "targets[0].value"));
    }

    [Fact]
    public async Task A_count_over_100_is_fine_when_its_unit_is_not_percent()
    {
        var response = await Api.PostAsJsonAsync("/plans", WithTarget(new { text = "150 hộ đăng ký", kind = "Count", value = 150, unit = "hộ" }), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_range_whose_lower_bound_is_above_its_upper_is_refused()
    {
        var problem = await RefusedAsync(WithTarget(new { text = "Đạt từ 75% - 70%", kind = "Range", value = 75, upperValue = 70, unit = "%" }));
        Assert.Equal("range_reversed", Code(problem, "targets[0].upperValue"));
    }

    [Fact]
    public async Task Staged_thresholds_that_fall_or_go_back_in_time_are_refused()
    {
        var problem = await RefusedAsync(WithTarget(new
        {
            text = "Giải ngân", kind = "Staged", value = 90, unit = "%",
            stages = new object[] { new { value = 95, day = 30, month = 11 }, new { value = 90, due = "2026-12-31" }, new { value = 100, due = "2026-12-01" } },
        }));
        Assert.Equal("stage_decreasing", Code(problem, "targets[0].stages[1].value"));
        Assert.Equal("stage_dates_not_increasing", Code(problem, "targets[0].stages[2].due"));
    }

    [Fact]
    public async Task A_stage_on_a_day_that_does_not_exist_is_refused()
    {
        var problem = await RefusedAsync(WithTarget(new { text = "Giải ngân", kind = "Staged", value = 100, unit = "%", stages = new[] { new { value = 100, day = 31, month = 2 } } }));
        Assert.Equal("invalid_date", Code(problem, "targets[0].stages[0].due"));
    }

    [Fact]
    public async Task A_split_whose_shares_do_not_add_up_to_the_total_is_refused()
    {
        var problem = await RefusedAsync(WithTarget(new
        {
            text = "10 sáng kiến", kind = "SplitCount", value = 10, unit = "sáng kiến",
            split = new[] { new { unit = "Trung tâm Phục vụ Hành chính công", value = 3 }, new { unit = "Văn phòng HĐND-UBND", value = 2 } },
        }));
        Assert.Equal("split_sum_mismatch", Code(problem, "targets[0].split"));
        Assert.Equal("Tổng phân bổ (5) khác tổng chỉ tiêu (10).", Message(problem, "targets[0].split"));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_and_reviews_outside_it_are_refused()
    {
        var problem = await RefusedAsync(new
        {
            number = "1/KH-UBND", title = "Kế hoạch", periodStart = "2025-12-31", periodEnd = "2025-07-01", midTermReview = "2026-03-01",
        });
        Assert.Equal("period_reversed", Code(problem, "periodEnd"));
        Assert.Equal("outside_period", Code(problem, "midTermReview"));
    }

    [Fact]
    public async Task A_final_review_after_the_period_is_refused()
    {
        var problem = await RefusedAsync(new { number = "1/KH-UBND", title = "Kế hoạch", periodStart = "2025-07-01", periodEnd = "2025-12-31", finalReview = "2026-01-15" });
        Assert.Equal("outside_period", Code(problem, "finalReview"));
        Assert.Contains("15/01/2026", Message(problem, "finalReview"));
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_a_400_problem()
    {
        var response = await Api.PostAsync("/plans",
            new StringContent("""{"number":"1/KH","title":"Kế hoạch","periodStart":"2026-02-31"}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task A_number_over_50_characters_and_a_long_paragraph_are_refused_as_too_long()
    {
        var problem = await RefusedAsync(new
        {
            number = new string('1', 51), title = "Kế hoạch", sections = new { purposes = new[] { "Đúng", new string('x', 4001) } },
        });
        Assert.Equal("too_long", Code(problem, "number"));
        Assert.Equal("Số kế hoạch không được dài quá 50 ký tự.", Message(problem, "number"));
        Assert.Equal("too_long", Code(problem, "sections.purposes[1]"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Kế hoạch'; DROP TABLE plans;--")]
    public async Task Markup_and_SQL_fragments_are_refused_naming_the_field(string text)
    {
        var problem = await RefusedAsync(new { number = "1/KH", title = text, slogans = new[] { "Thi đua là yêu nước", text } });
        Assert.Equal("invalid_characters", Code(problem, "title"));
        Assert.Equal("invalid_characters", Code(problem, "slogans[1]"));
    }

    [Fact]
    public async Task Decomposed_text_in_every_part_is_stored_composed()
    {
        string Nfd(string s) => s.Normalize(NormalizationForm.FormD);
        var created = await ConfirmAsync(Api, new
        {
            number = "1/KH-UBND", title = Nfd("Kế hoạch thi đua"),
            themes = new[] { new { number = "II.1", title = Nfd("Chuyển đổi số") } },
            targets = new[] { new { text = Nfd("Số hóa 100% hồ sơ"), kind = "ShareToReach", value = 100, unit = "%", ownerUnit = Nfd("Phòng Văn hóa - Xã hội") } },
            sections = new { assignments = new[] { new { unit = Nfd("Công an phường"), tasks = new[] { Nfd("Bảo đảm an ninh trật tự") } } } },
        });

        var plan = await ReadAsync(Api, created.Id);
        Assert.Equal("Kế hoạch thi đua", plan.Title);
        Assert.Equal("Chuyển đổi số", plan.Themes[0].Title);
        Assert.Equal(("Số hóa 100% hồ sơ", "Phòng Văn hóa - Xã hội"), (plan.Targets[0].Text, plan.Targets[0].OwnerUnit));
        Assert.Equal(("Công an phường", "Bảo đảm an ninh trật tự"), (plan.Sections.Assignments[0].Unit, plan.Sections.Assignments[0].Tasks[0]));
        Assert.True(plan.Targets[0].Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task A_target_without_kind_text_or_value_names_each_missing_field()
    {
        var problem = await RefusedAsync(WithTarget(new { text = " ", unit = "%" }));
        Assert.Equal("required", Code(problem, "targets[0].kind"));
        Assert.Equal("required", Code(problem, "targets[0].text"));
    }

    [Fact]
    public async Task An_unknown_target_kind_is_a_400_problem()
    {
        var response = await Api.PostAsJsonAsync("/plans", WithTarget(new { text = "x", kind = "Whatever", value = 1, unit = "%" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }
}
