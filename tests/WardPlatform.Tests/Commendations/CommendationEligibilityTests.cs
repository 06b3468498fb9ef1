using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Nominations;
using WardPlatform.Contracts;
using WardPlatform.Contracts.Events;
using WardPlatform.Directory.Data;
using WardPlatform.Directory.Organisation;
using WardPlatform.Directory.People;
using WardPlatform.Tenancy;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Commendations;

/// <summary>
/// The checks a unit complains about: its targets counted for Tập thể lao động tiên tiến (learnt from the targets
/// service's events), a council member of the nominated unit recused, Tết out of the deadlines, and a nominee of another
/// ward refused as the directory knows it.
/// </summary>
public sealed class CommendationEligibilityTests(TestServers servers) : CommendationsServiceTests(servers)
{
    private const string Office = "Văn phòng HĐND-UBND";
    private readonly TestServers _servers = servers;

    [Fact]
    public async Task A_unit_with_too_few_targets_achieved_is_not_eligible_and_the_verdict_shows_its_share_until_the_last_one_is_achieved()
    {
        var plan = Guid.NewGuid();
        Guid[] office = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        var police = Guid.NewGuid();
        var bus = Service.Services.GetRequiredService<IBus>();
        foreach (var (id, owner, text) in new[] { (office[0], Office, "100% hồ sơ giải quyết đúng hạn"), (office[1], "Van phong HDND-UBND", "Số hóa 90% hồ sơ"),
                     (office[2], Office, "Tổ chức 12 buổi tiếp dân"), (police, "Công an phường", "Kéo giảm 20% vụ vi phạm") })
            await bus.Publish(new TargetRegistered(id, plan, TestUser.TamPhuoc, TestUser.ProvinceCode, "Count", text, owner, Now), c => c.MessageId = Guid.NewGuid(), Ct);
        // Achieved: two of the office's three, and the police's (which is not the office's).
        foreach (var id in new[] { office[0], office[1], police })
            await bus.Publish(new TargetStatusChanged(id, plan, TestUser.TamPhuoc, TestUser.ProvinceCode, "OnTrack", "Achieved", "Đạt", Now.AddMinutes(1)),
                c => c.MessageId = Guid.NewGuid(), Ct);
        await Eventually.HoldsAsync(() => Service.QueryAsync(db => db.UnitTargets.IgnoreQueryFilters().CountAsync(t => t.Status == "Achieved" && t.OwnerUnit != null)),
            n => n == 3, TimeSpan.FromSeconds(30), "the targets and their statuses recorded", Ct);

        var round = await CreateRoundAsync([new { form = "tap-the-lao-dong-tien-tien", recipientKind = "collective", maxCount = 3 }]);
        var nomination = await NominateAsync(round.Id, Nomination(Office, kind: "collective", form: "tap-the-lao-dong-tien-tien"));
        var targets = nomination.Checks.Single(c => c.Code == "targets");
        Assert.False(targets.Passed);
        Assert.Contains("2/3 chỉ tiêu", targets.Reason);
        Assert.Contains("“Tổ chức 12 buổi tiếp dân”", targets.Reason);
        Assert.False(nomination.Eligible);
        using var accept = await Appraiser.PostAsJsonAsync($"/nominations/{nomination.Id}/appraise", new { verdict = "accept" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, accept.StatusCode);

        await bus.Publish(new TargetStatusChanged(office[2], plan, TestUser.TamPhuoc, TestUser.ProvinceCode, "OnTrack", "Achieved", "Đạt", Now.AddMinutes(2)),
            c => c.MessageId = Guid.NewGuid(), Ct);
        var queue = await Eventually.HoldsAsync(() => Appraiser.GetFromJsonAsync<List<NominationDto>>($"/nominations?roundId={round.Id}", Json, Ct),
            q => q!.Single().Checks.Single(c => c.Code == "targets").Passed, TimeSpan.FromSeconds(30), "the last target achieved", Ct);
        Assert.Contains("3/3 chỉ tiêu", queue!.Single().Checks.Single(c => c.Code == "targets").Reason);
        // Giấy khen does not count targets (its rule says nothing of them).
        var giayKhen = await NominateAsync(round.Id, Nomination("Công an phường", kind: "collective"));
        Assert.DoesNotContain(giayKhen.Checks, c => c.Code == "targets");
    }

    [Fact]
    public async Task A_council_member_of_the_nominated_unit_is_recorded_as_recused_and_may_not_vote_on_it()
    {
        var round = await CreateRoundAsync();
        object Council(int votesFor) => new
        {
            form = "giay-khen", recipientKind = "collective", recipientName = Office, nominatingUnit = Office, achievement = "Hoàn thành xuất sắc nhiệm vụ năm 2026",
            reportText = "Báo cáo thành tích năm 2026.",
            vote = new
            {
                meetingOn = "2026-05-28", present = 5, votesFor, votesAgainst = 0, votesAbstaining = 0,
                council = new[]
                {
                    new { name = "Võ Văn Hùng", unit = "Van phong HDND-UBND" }, new { name = "Trần Thị Thu", unit = "Công an phường" },
                    new { name = "Lý Văn Nam", unit = "Phòng Văn hóa - Xã hội" }, new { name = "Đặng Văn Sơn", unit = "Khu phố 1" },
                    new { name = "Hồ Thị Yến", unit = "Phòng Kinh tế" },
                },
            },
        };
        using var all = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", Council(5), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, all.StatusCode);
        Assert.Contains("votes_exceed", await all.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await NominationCountAsync(Service));

        var nomination = await NominateAsync(round.Id, Council(4));
        Assert.Equal(["Võ Văn Hùng"], nomination.Recused);
        Assert.Equal(5, nomination.Members);
        Assert.Contains("Võ Văn Hùng không biểu quyết", nomination.Checks.Single(c => c.Code == "vote").Reason);
    }

    [Fact]
    public async Task Tet_is_not_counted_in_the_appraisal_and_resubmission_deadlines()
    {
        Clock.Set(new DateTimeOffset(2026, 2, 13, 3, 0, 0, TimeSpan.Zero)); // Friday 13/02/2026, the last working day before Tết Bính Ngọ
        var round = await CreateRoundAsync();
        var nomination = await NominateAsync(round.Id, new
        {
            form = "giay-khen", recipientKind = "individual", recipientName = "Nguyễn Văn Tết", nominatingUnit = Office, achievement = "Hoàn thành tốt nhiệm vụ",
            reportText = "Báo cáo thành tích.", vote = new { meetingOn = "2026-02-12", members = 5, present = 5, votesFor = 5, votesAgainst = 0, votesAbstaining = 0 },
        });
        Assert.Equal(new DateOnly(2026, 3, 20), nomination.AppraisalDue); // 20 working days: 16–20/02 are Tết
        var back = await AppraiseAsync(nomination.Id, "return", "Bổ sung minh chứng.");
        Assert.Equal(new DateOnly(2026, 2, 27), back.ResubmitDue);         // 5 working days after Tết, not 20/02

        using var created = await Appraiser.PostAsJsonAsync("/rounds", new { title = "đợt Quốc khánh", occasion = "annual", nominationsDue = "2026-08-25" }, Ct);
        var late = (await created.Content.ReadFromJsonAsync<WardPlatform.Commendations.Rounds.RoundDto>(Json, Ct))!;
        Assert.Equal(new DateOnly(2026, 9, 24), late.AppraisalDue);           // 01–02/09 skipped
    }

    [Fact]
    public async Task A_nominee_of_another_ward_is_refused_as_the_directory_knows_it_and_nothing_is_stored()
    {
        await using var directory = new ServiceHost<DirectoryDbContext>(_servers, ResourceNames.DirectoryDb);
        await directory.WaitReadyAsync();
        var ours = new Person { UserName = "tp.hung", DisplayName = "Phạm Văn Hưng", Role = WardRoles.WardOfficer, TenantCode = TestUser.TamPhuoc, ProvinceCode = TestUser.ProvinceCode };
        var theirs = new Person { UserName = "bp.dung", DisplayName = "Võ Thị Mỹ Dung", Role = WardRoles.WardOfficer, TenantCode = TestUser.BinhPhuoc, ProvinceCode = TestUser.ProvinceCode };
        var theirUnit = new Unit { TenantCode = TestUser.BinhPhuoc, ProvinceCode = TestUser.ProvinceCode, Name = "Công an phường Bình Phước", Kind = UnitKind.Police };
        var theirQuarter = new Neighbourhood { TenantCode = TestUser.BinhPhuoc, ProvinceCode = TestUser.ProvinceCode, Name = "Khu phố Bình Minh" };
        var ourQuarter = new Neighbourhood { TenantCode = TestUser.TamPhuoc, ProvinceCode = TestUser.ProvinceCode, Name = "Khu phố Tân Cang" };
        await directory.QueryAsync(async db =>
        {
            db.Provinces.Add(Province.Create(TestUser.ProvinceCode, "Đồng Nai"));
            db.Wards.AddRange(Ward.Create(TestUser.TamPhuoc, "Phường Tam Phước", WardKind.Phuong, TestUser.ProvinceCode),
                Ward.Create(TestUser.BinhPhuoc, "Phường Bình Phước", WardKind.Phuong, TestUser.ProvinceCode));
            db.People.AddRange(ours, theirs);
            db.Units.Add(theirUnit);
            db.Neighbourhoods.AddRange(theirQuarter, ourQuarter);
            return await db.SaveChangesAsync(Ct);
        });
        await using var service = new ServiceHost<CommendationsDbContext>(_servers, ResourceNames.CommendationsDb, services: s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            s.AddHttpClient(DirectoryNominees.Client).ConfigurePrimaryHttpMessageHandler(() => directory.Server.CreateHandler());
        });
        await service.WaitReadyAsync();
        var officer = service.ClientAs(TestUser.WardOfficer());
        var round = await CreateRoundAsync(client: service.ClientAs(AppraiserOf()));

        foreach (var (name, id, kind) in new[] { ("Võ Thị Mỹ Dung", theirs.Id, "individual"), ("Công an phường Bình Phước", theirUnit.Id, "collective"),
                     ("Khu phố Bình Minh", theirQuarter.Id, "collective") })
        {
            using var refused = await officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", WithId(Nomination(name, kind: kind), id), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync(Ct);
            Assert.Contains("not_of_ward", body);
            Assert.Contains("không thuộc danh mục của phường", body);
        }
        Assert.Equal(0, await NominationCountAsync(service));

        using var person = await officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", WithId(Nomination("Phạm Văn Hưng"), ours.Id), Ct);
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        using var quarter = await officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", WithId(Nomination("Khu phố Tân Cang", kind: "collective"), ourQuarter.Id), Ct);
        Assert.Equal(HttpStatusCode.Created, quarter.StatusCode);
        Assert.Equal(2, await NominationCountAsync(service));
    }

    [Fact]
    public async Task A_nominee_id_the_directory_cannot_confirm_is_refused_with_503_and_nothing_is_stored()
    {
        var round = await CreateRoundAsync();
        using var unverifiable = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", WithId(Nomination("Phạm Văn Hưng"), Guid.NewGuid()), Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unverifiable.StatusCode);
        Assert.Contains("directory_unavailable", await unverifiable.Content.ReadAsStringAsync(Ct));
        using var household = await Officer.PostAsJsonAsync($"/rounds/{round.Id}/nominations", WithId(Nomination("Hộ ông Tư", kind: "household"), Guid.NewGuid()), Ct);
        Assert.Contains("no_directory_id", await household.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await NominationCountAsync(Service));
    }

    private static Dictionary<string, object?> WithId(object nomination, Guid id)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToElement(nomination, Json).EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["recipientId"] = id.ToString();
        return fields;
    }
}
