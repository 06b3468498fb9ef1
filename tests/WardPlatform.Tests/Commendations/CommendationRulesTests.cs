using System.Net;
using System.Net.Http.Json;
using WardPlatform.Commendations.Rules;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Commendations;

/// <summary>Rules as data: the prize follows the base salary in force on the date, and a province's own version overrides from its date only.</summary>
public sealed class CommendationRulesTests(TestServers servers) : CommendationsServiceTests(servers)
{
    [Theory]
    [InlineData(0.3, 2_340_000, 700_000)]   // 702,000 rounded to tens of thousands
    [InlineData(0.3, 2_530_000, 760_000)]   // 759,000
    [InlineData(0.45, 2_340_000, 1_050_000)] // 1,053,000
    [InlineData(1.0, 2_530_000, 2_530_000)]
    [InlineData(0.8, 2_340_000, 1_870_000)] // 1,872,000
    public void The_prize_is_the_coefficient_times_the_base_salary_rounded_to_tens_of_thousands(double coefficient, int salary, int prize) =>
        Assert.Equal(prize, RuleBook.Prize((decimal)coefficient, salary));

    [Fact]
    public async Task The_rules_in_force_give_the_prize_of_their_date()
    {
        var june = (await Officer.GetFromJsonAsync<List<RuleDto>>("/rules?on=2026-06-30", Json, Ct))!;
        var july = await Officer.GetFromJsonAsync<List<RuleDto>>("/rules?on=2026-07-01", Json, Ct);
        Assert.Equal(700_000, june!.Single(r => r.Form == "giay-khen" && r.RecipientKind == "individual").Prize);
        Assert.Equal(760_000, july!.Single(r => r.Form == "giay-khen" && r.RecipientKind == "individual").Prize);
        var cstd = june.Single(r => r.Form == "chien-si-thi-dua-co-so");
        Assert.Equal(0.8m, cstd.VoteShare);
        Assert.Contains("minh-chung", cstd.RequiredParts);
        Assert.False(june.Single(r => r.Form == "bang-khen-tinh" && r.RecipientKind == "collective").DecidedByWard);
    }

    [Fact]
    public async Task A_province_regulation_is_a_new_version_from_its_date_and_only_for_that_province()
    {
        var province = Service.ClientAs(TestUser.ProvinceAdmin());
        Assert.Equal(HttpStatusCode.Forbidden, (await Officer.PostAsJsonAsync("/rules", new { }, Ct)).StatusCode);
        using var created = await province.PostAsJsonAsync("/rules", new
        {
            form = "giay-khen", recipientKind = "individual", coefficient = 0.5, effectiveFrom = "2026-09-01",
            legalSource = "Quyết định số 12/2026/QĐ-UBND của UBND tỉnh",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var before = await Officer.GetFromJsonAsync<List<RuleDto>>("/rules?on=2026-08-31", Json, Ct);
        var after = await Officer.GetFromJsonAsync<List<RuleDto>>("/rules?on=2026-09-01", Json, Ct);
        var otherProvince = await Service.ClientAs(TestUser.WardOfficer(TestUser.OtherProvinceWard, TestUser.OtherProvinceCode))
            .GetFromJsonAsync<List<RuleDto>>("/rules?on=2026-09-01", Json, Ct);
        Assert.Equal(760_000, before!.Single(r => r.Form == "giay-khen" && r.RecipientKind == "individual").Prize);
        var overridden = after!.Single(r => r.Form == "giay-khen" && r.RecipientKind == "individual");
        Assert.Equal(1_270_000, overridden.Prize); // 0.5 × 2,530,000 = 1,265,000
        Assert.Contains("12/2026", overridden.LegalSource);
        Assert.Equal(760_000, otherProvince!.Single(r => r.Form == "giay-khen" && r.RecipientKind == "individual").Prize);
    }
}
