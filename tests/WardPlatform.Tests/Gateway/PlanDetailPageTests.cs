using System.Net;
using System.Text.Json;
using WardPlatform.Tests.Infrastructure;
using WardPlatform.Gateway.Pages.Plans;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Tests.Gateway;

/// <summary>The plan page's own reading: the lifecycle form's body, the board's registration progress, ward names.</summary>
public sealed class PlanDetailPageTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void Issuing_sends_the_date_read_as_day_month_year_and_the_note()
    {
        var (body, errors) = PlanMoveForm.Read("issue", "Ban hành sau khi lấy ý kiến các khu phố", "5/6/2026");
        Assert.Empty(errors);
        Assert.Equal(new PlanMoveBody("Ban hành sau khi lấy ý kiến các khu phố", new DateOnly(2026, 6, 5)), body);
    }

    [Fact]
    public void An_impossible_issue_date_is_refused_in_Vietnamese_and_nothing_is_sent()
    {
        var (body, errors) = PlanMoveForm.Read("issue", "ghi chú", "31/02/2026");
        Assert.Null(body);
        Assert.StartsWith("Ngày ban hành không hợp lệ", errors[PlanMoveForm.IssuedOnField]);
        Assert.Null(PlanMoveForm.Read("issue", null, "2026-06-05").Body);
    }

    [Fact]
    public void Other_moves_ignore_the_date_and_a_blank_note_is_no_note()
    {
        Assert.Equal(new PlanMoveBody(null, null), PlanMoveForm.Read("start", "   ", "31/02/2026").Body);
        Assert.Equal(new PlanMoveBody(null, null), PlanMoveForm.Read("issue", "", "").Body);
    }

    [Fact]
    public void The_issue_date_starts_as_the_documents_date_else_today_in_Vietnam()
    {
        // 18:30 UTC on 31/05 is already 01/06 in Vietnam.
        var clock = new TestClock(new DateTimeOffset(2026, 5, 31, 18, 30, 0, TimeSpan.Zero));
        Assert.Equal("01/06/2026", PlanMoveForm.DefaultIssuedOn(Json("""{ "issuedOn": null }"""), clock));
        Assert.Equal("30/05/2026", PlanMoveForm.DefaultIssuedOn(Json("""{ "issuedOn": "2026-05-30" }"""), clock));
    }

    [Fact]
    public void An_issued_plan_is_pending_until_the_board_holds_every_confirmed_target()
    {
        var plan = Json("""{ "status": "Issued", "targets": [ { "text": "a" }, { "text": "b" }, { "text": "c" } ] }""");
        var none = BoardRegistration.Of(plan, null);
        Assert.True(none.Pending);
        Assert.Equal("Đang đăng ký chỉ tiêu… (đã có 0/3)", none.Progress);
        var part = BoardRegistration.Of(plan, Json("""{ "targetCount": 2 }"""));
        Assert.True(part.Pending);
        Assert.Equal("Đang đăng ký chỉ tiêu… (đã có 2/3)", part.Progress);
        Assert.False(BoardRegistration.Of(plan, Json("""{ "targetCount": 3 }""")).Pending);
    }

    [Fact]
    public void A_draft_waits_for_nothing_and_a_plan_without_targets_waits_only_for_its_board()
    {
        Assert.False(BoardRegistration.Of(Json("""{ "status": "Draft", "targets": [ { "text": "a" } ] }"""), null).Pending);
        var empty = Json("""{ "status": "Issued", "targets": [] }""");
        Assert.True(BoardRegistration.Of(empty, null).Pending);
        Assert.False(BoardRegistration.Of(empty, Json("""{ "targetCount": 0 }""")).Pending);
    }

    [Fact]
    public void Ward_codes_show_as_the_directorys_names_and_unknown_codes_as_themselves()
    {
        var wards = WardDirectory.From(new ServiceAnswer(HttpStatusCode.OK,
            Json("""[ { "code": "26068", "name": "Phường Tam Phước" }, { "code": "25432", "name": "Phường Bình Phước" } ]"""),
            null, new Dictionary<string, string>()));
        Assert.Equal("Phường Tam Phước", wards.NameOf("26068"));
        Assert.Equal("Phường Bình Phước", wards.NameOf("25432"));
        Assert.Equal("25480", wards.NameOf("25480"));
    }

    [Fact]
    public void A_directory_that_does_not_answer_leaves_the_codes()
    {
        var failed = WardDirectory.From(new ServiceAnswer(HttpStatusCode.ServiceUnavailable, null, "Dịch vụ không phản hồi", new Dictionary<string, string>()));
        Assert.Equal("26068", failed.NameOf("26068"));
    }
}
