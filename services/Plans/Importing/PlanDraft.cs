namespace WardPlatform.Plans.Importing;

/// <summary>
/// What the importer read from a plan document, for a person to review, correct and confirm. Every field
/// it could not read is null and named in <see cref="Unread"/>; it never invents a value.
/// </summary>
public sealed record PlanDraft(
    string? Number,
    string? Place,
    DateOnly? IssuedOn,
    string? Title,
    DateOnly? MidTermReview,
    DateOnly? FinalReview,
    IReadOnlyList<LegalBasis> LegalBases,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> Slogans,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<TargetDraft> Targets,
    IReadOnlyList<string> Recipients,
    string? SignerTitle,
    string? SignerName,
    IReadOnlyList<string> Unread);

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
