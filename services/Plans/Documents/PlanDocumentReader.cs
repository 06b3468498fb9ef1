using WardPlatform.Http;
using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Documents;

/// <summary>
/// Checks a confirmed plan and writes it onto a <see cref="Plan"/>: every field cleaned (trim, NFC), every
/// mistake named by its field with a Vietnamese message and a code. Nothing is written when anything is wrong.
/// </summary>
public static class PlanDocumentReader
{
    /// <param name="keptTargetIds">Target ids of the draft being replaced: a target that names one keeps it.</param>
    public static FieldErrors Apply(PlanDocumentRequest request, Plan plan, IReadOnlySet<Guid> keptTargetIds)
    {
        var errors = new FieldErrors();
        var number = errors.Text("number", request.Number, PlanLimits.Number, "Số kế hoạch", required: true);
        var title = errors.Text("title", request.Title, PlanLimits.Title, "Tên kế hoạch", required: true);
        var place = errors.Text("place", request.Place, PlanLimits.Short, "Địa danh");
        CheckDates(errors, request);

        var sections = request.Sections ?? new PlanSectionsInput();
        var purposes = errors.Items("sections.purposes", sections.Purposes, "Mục đích");
        var requirements = errors.Items("sections.requirements", sections.Requirements, "Yêu cầu");
        var subjects = errors.Items("sections.subjects", sections.Subjects, "Đối tượng thi đua");
        var scope = errors.Items("sections.scope", sections.Scope, "Phạm vi");
        var periodNotes = errors.Items("sections.period", sections.Period, "Thời gian thực hiện");
        var awardForms = errors.Items("sections.awardForms", sections.AwardForms, "Hình thức khen thưởng");
        var collective = errors.Items("sections.collectiveCriteria", sections.CollectiveCriteria, "Tiêu chuẩn tập thể");
        var individual = errors.Items("sections.individualCriteria", sections.IndividualCriteria, "Tiêu chuẩn cá nhân");
        var funding = errors.Items("sections.funding", sections.Funding, "Kinh phí");
        var slogans = errors.Items("slogans", request.Slogans, "Khẩu hiệu");
        var recipients = errors.Items("recipients", request.Recipients, "Nơi nhận", PlanLimits.Short);
        var signerTitle = errors.Text("signerTitle", request.SignerTitle, PlanLimits.Short, "Chức vụ người ký");
        var signerName = errors.Text("signerName", request.SignerName, PlanLimits.Short, "Tên người ký");

        var legalBases = LegalBases(errors, request.LegalBases);
        var themes = Themes(errors, request.Themes);
        var phases = Phases(errors, request.Phases);
        var assignments = Assignments(errors, sections.Assignments);
        var targets = Targets(errors, request, keptTargetIds);
        var quotas = AwardQuotaRules.Read(errors, request.AwardQuotas);
        if (errors.Any) return errors;

        plan.Number = number!;
        plan.Title = title!;
        plan.RefreshSearchText();
        plan.Place = place;
        plan.SetIssuedOn(request.IssuedOn);
        (plan.PeriodStart, plan.PeriodEnd, plan.MidTermReview, plan.FinalReview) =
            (request.PeriodStart, request.PeriodEnd, request.MidTermReview, request.FinalReview);
        (plan.Purposes, plan.Requirements, plan.Subjects, plan.Scope, plan.PeriodNotes) = (purposes, requirements, subjects, scope, periodNotes);
        (plan.AwardForms, plan.CollectiveCriteria, plan.IndividualCriteria, plan.Funding) = (awardForms, collective, individual, funding);
        (plan.Slogans, plan.Recipients, plan.SignerTitle, plan.SignerName) = (slogans, recipients, signerTitle, signerName);
        (plan.LegalBases, plan.Themes, plan.Phases, plan.Assignments, plan.Targets) = (legalBases, themes, phases, assignments, targets);
        plan.AwardQuotas = quotas;
        return errors;
    }

    private static void CheckDates(FieldErrors errors, PlanDocumentRequest request)
    {
        var (start, end) = (request.PeriodStart, request.PeriodEnd);
        if (start > end)
            errors.Add("periodEnd", "period_reversed", $"Ngày kết thúc ({end:dd/MM/yyyy}) trước ngày bắt đầu ({start:dd/MM/yyyy}).");
        Inside(errors, "midTermReview", request.MidTermReview, start, end, "Ngày sơ kết");
        Inside(errors, "finalReview", request.FinalReview, start, end, "Ngày tổng kết");
        if (request.MidTermReview > request.FinalReview)
            errors.Add("finalReview", "review_before_midterm", "Ngày tổng kết phải sau ngày sơ kết.");
    }

    private static void Inside(FieldErrors errors, string field, DateOnly? date, DateOnly? start, DateOnly? end, string label)
    {
        if (date < start || date > end)
            errors.Add(field, "outside_period",
                $"{label} ({date:dd/MM/yyyy}) phải nằm trong thời gian thực hiện ({start?.ToString("dd/MM/yyyy") ?? "…"} – {end?.ToString("dd/MM/yyyy") ?? "…"}).");
    }

    private static List<PlanLegalBasis> LegalBases(FieldErrors errors, IReadOnlyList<LegalBasisInput?>? inputs)
    {
        var bases = new List<PlanLegalBasis>();
        if (inputs is null || errors.TooMany("legalBases", inputs, "Căn cứ")) return bases;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not { } input) continue;
            var text = errors.Text($"legalBases[{i}].text", input.Text, PlanLimits.Paragraph, "Nội dung căn cứ", required: true);
            var kind = errors.Text($"legalBases[{i}].documentKind", input.DocumentKind, PlanLimits.Short, "Loại văn bản");
            var number = errors.Text($"legalBases[{i}].documentNumber", input.DocumentNumber, PlanLimits.Number, "Số văn bản");
            if (text is not null)
                bases.Add(new PlanLegalBasis { Position = bases.Count, Text = text, Kind = kind, Number = number, Date = input.DocumentDate });
        }
        return bases;
    }

    private static List<PlanTheme> Themes(FieldErrors errors, IReadOnlyList<ThemeInput?>? inputs)
    {
        var themes = new List<PlanTheme>();
        if (inputs is null || errors.TooMany("themes", inputs, "Nội dung thi đua")) return themes;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not { } input) continue;
            var number = errors.Text($"themes[{i}].number", input.Number, PlanLimits.Code, "Số nội dung thi đua", required: true);
            var title = errors.Text($"themes[{i}].title", input.Title, PlanLimits.Paragraph, "Tên nội dung thi đua", required: true);
            if (number is not null && title is not null) themes.Add(new PlanTheme { Position = themes.Count, Number = number, Title = title });
        }
        return themes;
    }

    private static List<PlanPhase> Phases(FieldErrors errors, IReadOnlyList<PhaseInput?>? inputs)
    {
        var phases = new List<PlanPhase>();
        if (inputs is null || errors.TooMany("phases", inputs, "Giai đoạn")) return phases;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not { } input) continue;
            var at = $"phases[{i}]";
            if (input.Number is not (>= 1 and <= 99))
                errors.Add($"{at}.number", "invalid_number", "Số giai đoạn phải từ 1 đến 99.");
            if (input.Starts > input.Ends)
                errors.Add($"{at}.ends", "period_reversed", $"Hạn của giai đoạn ({input.Ends:dd/MM/yyyy}) trước ngày bắt đầu ({input.Starts:dd/MM/yyyy}).");
            phases.Add(new PlanPhase
            {
                Position = phases.Count,
                ThemeNumber = errors.Text($"{at}.themeNumber", input.ThemeNumber, PlanLimits.Code, "Số nội dung thi đua"),
                Number = input.Number ?? 0,
                Title = errors.Text($"{at}.title", input.Title, PlanLimits.Paragraph, "Tên giai đoạn"),
                Starts = input.Starts,
                Ends = input.Ends,
                ExpectedOutputs = errors.Items($"{at}.expectedOutputs", input.ExpectedOutputs, "Sản phẩm đầu ra"),
            });
        }
        return phases;
    }

    private static List<PlanAssignment> Assignments(FieldErrors errors, IReadOnlyList<AssignmentInput?>? inputs)
    {
        var assignments = new List<PlanAssignment>();
        if (inputs is null || errors.TooMany("sections.assignments", inputs, "Phân công")) return assignments;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not { } input) continue;
            var unit = errors.Text($"sections.assignments[{i}].unit", input.Unit, PlanLimits.Short, "Đơn vị được giao");
            var tasks = errors.Items($"sections.assignments[{i}].tasks", input.Tasks, "Nhiệm vụ");
            if (unit is not null || tasks.Count > 0) assignments.Add(new PlanAssignment { Position = assignments.Count, Unit = unit, Tasks = tasks });
        }
        return assignments;
    }

    private static List<PlanTarget> Targets(FieldErrors errors, PlanDocumentRequest request, IReadOnlySet<Guid> keptTargetIds)
    {
        var targets = new List<PlanTarget>();
        if (request.Targets is null || errors.TooMany("targets", request.Targets, "Chỉ tiêu")) return targets;
        // "trước ngày 30/11" has no year: it is the year the plan runs in.
        var year = (request.PeriodStart ?? request.IssuedOn ?? request.MidTermReview ?? request.FinalReview ?? request.PeriodEnd)?.Year;
        var used = new HashSet<Guid>();
        for (var i = 0; i < request.Targets.Count; i++)
        {
            if (request.Targets[i] is not { } input) continue;
            var id = input.TargetId is { } kept && keptTargetIds.Contains(kept) && used.Add(kept) ? kept : Guid.NewGuid();
            if (TargetRules.Read(errors, $"targets[{i}]", input, year, id) is { } target)
            {
                target.Position = targets.Count;
                targets.Add(target);
            }
        }
        return targets;
    }
}
