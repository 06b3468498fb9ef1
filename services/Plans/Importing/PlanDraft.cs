namespace WardPlatform.Plans.Importing;

/// <summary>
/// What the importer read from a plan document, for a person to review, correct and confirm. Every field
/// it could not read is null and named in <see cref="Unread"/>; it never invents a value.
/// <see cref="SourceText"/> is the document's text as read (NFC), for the review screen to show beside the draft.
/// <see cref="Figures"/> accounts for every line that holds a figure; a target's Line is the line it was read from.
/// </summary>
public sealed record PlanDraft(
    string? Number,
    string? Place,
    DateOnly? IssuedOn,
    string? Title,
    DateOnly? MidTermReview,
    DateOnly? FinalReview,
    IReadOnlyList<LegalBasis> LegalBases,
    PlanSections Sections,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Slogans,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<TargetDraft> Targets,
    IReadOnlyList<string> Recipients,
    string? SignerTitle,
    string? SignerName,
    IReadOnlyList<string> Unread,
    string? SourceText = null,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null,
    IReadOnlyList<WardPlatform.Contracts.Events.PlannedAwardQuota>? AwardQuotas = null,
    IReadOnlyList<FigureLine>? Figures = null);

/// <summary>
/// A line of the document that holds a figure (a number, a percentage or a date), with its place and what the importer
/// read it into ("Chỉ tiêu", "Ngày ban hành", "Bối cảnh …", "Không đọc được"…): nothing with a figure is dropped silently.
/// </summary>
public sealed record FigureLine(int Line, string Section, string Text, string ReadAs);

/// <summary>The plan's prose parts, each as the list of its items (bullets or paragraphs) as written.</summary>
public sealed record PlanSections(
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Scope,
    IReadOnlyList<string> Period,
    IReadOnlyList<string> AwardForms,
    IReadOnlyList<string> CollectiveCriteria,
    IReadOnlyList<string> IndividualCriteria,
    IReadOnlyList<string> Funding,
    IReadOnlyList<Assignment> Assignments);

/// <summary>"Tổ chức thực hiện": a unit and the tasks given to it (Unit is null when the text names none apart).</summary>
public sealed record Assignment(string? Unit, IReadOnlyList<string> Tasks);

/// <summary>A "Căn cứ …" / "Thực hiện …" line; the first document it cites, when it names one with a number.</summary>
public sealed record LegalBasis(string Text, string? DocumentKind, string? DocumentNumber, DateOnly? DocumentDate)
{
    /// <summary>A cited plan (kế hoạch) is the parent this plan cascades from.</summary>
    public bool CitesPlan => DocumentKind == "Kế hoạch";
}

/// <summary>A content theme (nội dung thi đua), numbered as in the document: "II.1", "III.2".</summary>
public sealed record Theme(string Number, string Title);

/// <summary>A campaign phase (giai đoạn) of a theme, with the dates its heading or body states.</summary>
public sealed record Phase(string ThemeNumber, int Number, string? Title, DateOnly? Starts, DateOnly? Ends);
