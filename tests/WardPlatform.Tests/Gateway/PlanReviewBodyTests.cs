using System.Text.Json;
using System.Text.Json.Nodes;
using WardPlatform.Contracts;
using WardPlatform.Gateway.Pages.Plans;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Tests.Gateway;

/// <summary>The review form from an importer's draft, the POST /plans body from the corrected form, and errors back to rows.</summary>
public sealed class PlanReviewBodyTests
{
    private const string DraftJson = """
        {
          "number": "118/KH-UBND", "title": "Kế hoạch thi đua", "issuedOn": "2026-05-30", "periodStart": null,
          "legalBases": [
            { "text": "Căn cứ Nghị quyết số 05-NQ/TU ngày 01/5/2026", "documentKind": "Nghị quyết", "documentNumber": "05-NQ/TU", "documentDate": "2026-05-01" },
            { "text": "Căn cứ Kế hoạch số 55-KH/ĐU ngày 25/5/2026", "documentKind": "Kế hoạch", "documentNumber": "55-KH/ĐU", "documentDate": "2026-05-25" },
            { "text": "Thực hiện Kế hoạch số 01-KH/ĐU ngày 29/5/2026", "documentKind": "Kế hoạch", "documentNumber": "01-KH/ĐU", "documentDate": "2026-05-29" }
          ],
          "sections": { "purposes": ["Mục đích"] },
          "themes": [ { "number": "II.1", "title": "Nội dung 1" } ],
          "phases": [
            { "themeNumber": "II.1", "number": 1, "title": "Khởi động", "starts": null, "ends": "2026-05-31" },
            { "themeNumber": "II.1", "number": 2, "title": "Cao điểm", "starts": "2026-06-01", "ends": "2026-12-31" },
            { "themeNumber": "II.1", "number": 3, "title": "Duy trì", "starts": "2027-01-01", "ends": "2027-09-30" }
          ],
          "targets": [
            { "text": "Giải ngân", "kind": "Staged", "value": 100, "unit": "%", "stages": [ { "value": 95, "day": 30, "month": 11 }, { "value": 100, "day": 31, "month": 12 } ] },
            { "text": "10 sáng kiến", "kind": "SplitCount", "value": 5, "unit": "sáng kiến", "split": [ { "unit": "Trung tâm", "value": 3 }, { "unit": "Văn phòng", "value": 2 } ] },
            { "text": "Kéo giảm 20% so với năm 2025", "kind": "Reduction", "value": 20, "unit": "%", "baselineYear": 2025 }
          ],
          "unread": []
        }
        """;

    private static JsonObject Draft => JsonNode.Parse(DraftJson)!.AsObject();
    private static PlanReview Form => PlanReviewForm.Of(JsonDocument.Parse(DraftJson).RootElement);

    [Fact]
    public void The_form_shows_legal_bases_phases_and_each_targets_details_with_a_blank_row_to_add()
    {
        var form = Form;
        Assert.Equal([null, "55-KH/ĐU", "01-KH/ĐU", null], form.LegalBases.Select(b => b.PlanNumber));
        Assert.Null(form.LegalBases[^1].Source);
        Assert.Equal(("II.1", "2", "Cao điểm", "01/06/2026", "31/12/2026"),
            (form.Phases[1].ThemeNumber, form.Phases[1].Number, form.Phases[1].Title, form.Phases[1].Starts, form.Phases[1].Ends));
        Assert.Equal(4, form.Phases.Count);
        Assert.Equal("95% trước 30/11/2026; 100% trước 31/12/2026", form.Targets[0].Stages);
        Assert.Equal("Trung tâm: 3; Văn phòng: 2", form.Targets[1].Split);
        Assert.Equal("2025", form.Targets[2].BaselineYear);
        Assert.Equal(4, form.Targets.Count);
    }

    [Fact]
    public void Corrections_reach_the_body_and_what_the_form_does_not_edit_rides_along()
    {
        var form = Form;
        form.LegalBases[0].PlanNumber = "12-KH/UBND";     // the importer took a plan for a resolution
        form.LegalBases[1].PlanNumber = " ";              // not a plan after all
        form.LegalBases[2].Text = "Thực hiện Kế hoạch số 01-KH/ĐU ngày 29/5/2026 của Đảng ủy";
        form.Phases[0].Ends = "05/06/2026";
        form.Phases[0].Outputs = "Kế hoạch chi tiết\n\n  Danh sách tổ hỗ trợ  ";
        form.Phases[3] = new PhaseRow { ThemeNumber = "II.1", Number = "4", Title = "Tổng kết", Ends = "31/12/2027" };
        form.Targets[2].BaselineYear = "2024";
        form.Targets[2].Deadline = "31/12/2026";

        var built = PlanReviewBody.Build(Draft, form);

        Assert.Empty(built.Errors);
        var bases = built.Body["legalBases"]!.AsArray();
        Assert.Equal(3, bases.Count);
        Assert.Equal(("Kế hoạch", "12-KH/UBND", null), Citation(bases[0]));
        Assert.Equal((null, null, null), Citation(bases[1]));
        Assert.Equal(("Kế hoạch", "01-KH/ĐU", "2026-05-29"), Citation(bases[2]));
        Assert.Equal("Thực hiện Kế hoạch số 01-KH/ĐU ngày 29/5/2026 của Đảng ủy", (string?)bases[2]!["text"]);

        var phases = built.Body["phases"]!.AsArray();
        Assert.Equal(4, phases.Count);
        Assert.Equal("2026-06-05", (string?)phases[0]!["ends"]);
        Assert.Equal(["Kế hoạch chi tiết", "Danh sách tổ hỗ trợ"], phases[0]!["expectedOutputs"]!.AsArray().Select(o => (string?)o));
        Assert.Equal((4, "2027-12-31"), ((int?)phases[3]!["number"], (string?)phases[3]!["ends"]));

        var targets = built.Body["targets"]!.AsArray();
        Assert.Equal(3, targets.Count);
        Assert.Equal(2, targets[0]!["stages"]!.AsArray().Count);
        Assert.Equal(2, targets[1]!["split"]!.AsArray().Count);
        Assert.Equal((2024, "2026-12-31"), ((int?)targets[2]!["baselineYear"], (string?)targets[2]!["deadline"]));
        Assert.Equal("Mục đích", (string?)built.Body["sections"]!["purposes"]![0]);
        Assert.Null(built.Body["unread"]);
    }

    [Fact]
    public void Bad_dates_and_numbers_are_refused_in_Vietnamese_next_to_their_row()
    {
        var form = Form;
        form.Phases[2].Ends = "31/02/2026";
        form.Phases[1].Number = "hai";
        form.Targets[2].BaselineYear = "năm ngoái";
        form.Targets[1].Deadline = "30/13/2026";

        var errors = PlanReviewBody.Build(Draft, form).Errors;

        Assert.Equal(4, errors.Count);
        Assert.StartsWith("Hạn của giai đoạn không hợp lệ", errors["phases[2].ends"]);
        Assert.Equal("Số giai đoạn phải là số nguyên (ví dụ 2).", errors["phases[1].number"]);
        Assert.Equal("Năm so sánh phải là một năm (ví dụ 2025).", errors["targets[2].baselineYear"]);
        Assert.StartsWith("Thời hạn chỉ tiêu không hợp lệ", errors["targets[1].deadline"]);
    }

    [Fact]
    public void The_services_field_errors_land_on_the_form_rows_they_came_from_when_rows_before_them_were_removed()
    {
        var form = Form;
        form.LegalBases[0].Remove = true;
        form.Phases[0].Remove = true;
        form.Targets[0].Remove = true;
        var built = PlanReviewBody.Build(Draft, form);
        Assert.Equal(2, built.Body["legalBases"]!.AsArray().Count);

        built.AddServiceErrors(new Dictionary<string, string>
        {
            ["legalBases[1].documentNumber"] = "số",
            ["phases[0].ends"] = "hạn",
            ["phases[1].expectedOutputs[0]"] = "sản phẩm",
            ["targets[1].baselineYear"] = "năm",
            ["targets[0].stages[1].due"] = "mốc",
            ["themes[0].title"] = "nội dung",
            ["sections.assignments[0].unit"] = "đơn vị",
            ["targets[9].value"] = "ngoài danh sách",
        });

        Assert.Equal("số", built.Errors["legalBases[2].documentNumber"]);
        Assert.Equal("hạn", built.Errors["phases[1].ends"]);
        Assert.Equal("sản phẩm", built.Errors["phases[2].expectedOutputs[0]"]);
        Assert.Equal("năm", built.Errors["targets[2].baselineYear"]);
        Assert.Equal("mốc", built.Errors["targets[1].stages[1].due"]);
        Assert.Equal("nội dung", built.Errors["themes[0].title"]);
        Assert.Equal("đơn vị", built.Errors["sections.assignments[0].unit"]);
        Assert.Equal("ngoài danh sách", built.Errors["targets[9].value"]);
    }

    [Fact]
    public void Each_target_row_offers_manual_or_the_computed_sources_and_the_choice_rides_to_the_body()
    {
        var form = Form;
        Assert.All(form.Targets, t => Assert.Equal("", t.DataSource ?? ""));
        Assert.Equal(["Nhập tay", .. ComputedTargetSources.All.Select(s => s.Label)], PlanLabels.TargetSources.Select(s => s.Label));
        Assert.Contains("Tự động: tỷ lệ/số xã, phường ban hành kế hoạch cụ thể hóa", PlanLabels.TargetSources.Select(s => s.Label));
        form.Targets[1].DataSource = ComputedTargetSources.CascadePlans;
        form.Targets[3] = new TargetRow { Text = "100% xã, phường ban hành kế hoạch", Kind = "ShareToReach", Value = "100", Unit = "%", OutOf = "95",
            DataSource = ComputedTargetSources.CascadePlans };

        var built = PlanReviewBody.Build(Draft, form);

        Assert.Empty(built.Errors);
        var targets = built.Body["targets"]!.AsArray();
        Assert.Equal([null, ComputedTargetSources.CascadePlans, null, ComputedTargetSources.CascadePlans], targets.Select(t => (string?)t!["source"]));
        Assert.Equal(95, (int?)targets[3]!["outOf"]);

        // The service's word on a source comes back beside the row's choice, rows removed above or not.
        form.Targets[0].Remove = true;
        var again = PlanReviewBody.Build(Draft, form);
        again.AddServiceErrors(new Dictionary<string, string> { ["targets[0].source"] = "Chỉ tiêu tính tự động phải là loại “Tỷ lệ cần đạt” hoặc “Số lượng”" });
        Assert.StartsWith("Chỉ tiêu tính tự động", again.Errors["targets[1].source"]);
    }

    [Fact]
    public void A_drafted_target_that_already_names_a_source_shows_it_and_manual_shows_as_typed_in()
    {
        var draft = JsonNode.Parse(DraftJson)!.AsObject();
        draft["targets"]![0]!["source"] = ComputedTargetSources.CascadePlans;
        draft["targets"]![1]!["source"] = ComputedTargetSources.Manual;

        var form = PlanReviewForm.Of(JsonSerializer.SerializeToElement(draft));

        Assert.Equal([ComputedTargetSources.CascadePlans, "", "", ""], form.Targets.Select(t => t.DataSource ?? ""));
        Assert.Equal("Tự động: tỷ lệ/số xã, phường ban hành kế hoạch cụ thể hóa", PlanLabels.ComputedSource(form.Targets[0].DataSource));
        Assert.Null(PlanLabels.ComputedSource(form.Targets[1].DataSource));
    }

    private static (string?, string?, string?) Citation(JsonNode? basis) =>
        ((string?)basis!["documentKind"], (string?)basis["documentNumber"], (string?)basis["documentDate"]);

    [Fact]
    public void A_plan_left_with_no_targets_is_not_confirmed_until_the_person_says_it_has_none()
    {
        var form = Form;
        foreach (var target in form.Targets) target.Remove = true;

        var refused = PlanReviewBody.Build(Draft, form);
        Assert.StartsWith("Kế hoạch chưa có chỉ tiêu nào.", refused.Errors["targets"]);

        form.NoTargetsConfirmed = true;
        var confirmed = PlanReviewBody.Build(Draft, form);
        Assert.Empty(confirmed.Errors);
        Assert.Empty(confirmed.Body["targets"]!.AsArray());
    }

    [Theory]
    [InlineData("Tam Phước", "Phường Tam Phước", false)]
    [InlineData("tam phuoc", "Phường Tam Phước", false)]
    [InlineData("Phường Tam Phước, TP. Biên Hòa", "Phường Tam Phước", false)]
    [InlineData("Bình Phước", "Phường Tam Phước", true)]
    [InlineData("Đồng Nai", "Tỉnh Đồng Nai", false)]
    [InlineData("Bình Dương", "Đồng Nai", true)]
    [InlineData("", "Phường Tam Phước", false)]
    public void A_plan_dated_at_another_place_than_the_persons_own_is_warned_about(string place, string own, bool warned)
    {
        var warning = PlanPlace.Warning(place, own);

        Assert.Equal(warned, warning is not null);
        if (warned) Assert.Equal($"Địa danh “{place}” không phải {own}: hãy kiểm tra đây có đúng là kế hoạch của {own} không.", warning);
    }
}
