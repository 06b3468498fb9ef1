using WardPlatform.Plans.Importing;

namespace WardPlatform.Plans.Documents;

/// <summary>
/// A plan as a person confirms it in the web front: the importer's <see cref="PlanDraft"/> shape, as corrected,
/// plus the period dates, phase outputs and target owners/deadlines the draft cannot always read.
/// The old minimal body (number and title alone) is a valid, nearly empty plan.
/// </summary>
public sealed record PlanDocumentRequest(
    string? Number,
    string? Title,
    string? Place = null,
    DateOnly? IssuedOn = null,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null,
    DateOnly? MidTermReview = null,
    DateOnly? FinalReview = null,
    IReadOnlyList<LegalBasisInput?>? LegalBases = null,
    PlanSectionsInput? Sections = null,
    IReadOnlyList<ThemeInput?>? Themes = null,
    IReadOnlyList<string?>? Slogans = null,
    IReadOnlyList<PhaseInput?>? Phases = null,
    IReadOnlyList<TargetInput?>? Targets = null,
    IReadOnlyList<string?>? Recipients = null,
    string? SignerTitle = null,
    string? SignerName = null,
    IReadOnlyList<AwardQuotaInput?>? AwardQuotas = null);

/// <summary>An award quota as the importer read it (PlannedAwardQuota's shape), as corrected on review.</summary>
public sealed record AwardQuotaInput(string? AwardForm, string? RecipientKind, int? MaxCount, string? Occasion = null, string? Text = null);

public sealed record PlanSectionsInput(
    IReadOnlyList<string?>? Purposes = null,
    IReadOnlyList<string?>? Requirements = null,
    IReadOnlyList<string?>? Subjects = null,
    IReadOnlyList<string?>? Scope = null,
    IReadOnlyList<string?>? Period = null,
    IReadOnlyList<string?>? AwardForms = null,
    IReadOnlyList<string?>? CollectiveCriteria = null,
    IReadOnlyList<string?>? IndividualCriteria = null,
    IReadOnlyList<string?>? Funding = null,
    IReadOnlyList<AssignmentInput?>? Assignments = null);

public sealed record AssignmentInput(string? Unit, IReadOnlyList<string?>? Tasks);

public sealed record LegalBasisInput(string? Text, string? DocumentKind = null, string? DocumentNumber = null, DateOnly? DocumentDate = null);

public sealed record ThemeInput(string? Number, string? Title);

public sealed record PhaseInput(
    string? ThemeNumber, int? Number, string? Title = null, DateOnly? Starts = null, DateOnly? Ends = null,
    IReadOnlyList<string?>? ExpectedOutputs = null);

/// <summary>
/// A target; kept TargetId on a replaced draft, a new one otherwise. Source: null or "Manual" typed in by hand, else
/// one of ComputedTargetSources.
/// </summary>
public sealed record TargetInput(
    string? Text,
    TargetKind? Kind,
    decimal? Value,
    string? Unit,
    decimal? UpperValue = null,
    int? BaselineYear = null,
    int? OutOf = null,
    IReadOnlyList<StageInput?>? Stages = null,
    IReadOnlyList<ShareInput?>? Split = null,
    string? ThemeNumber = null,
    string? OwnerUnit = null,
    string? OwnerPerson = null,
    DateOnly? Deadline = null,
    Guid? TargetId = null,
    string? Source = null);

/// <summary>A staged threshold: Due, or the importer's Day and Month (the year is the plan's).</summary>
public sealed record StageInput(decimal? Value, DateOnly? Due = null, int? Day = null, int? Month = null);

public sealed record ShareInput(string? Unit, decimal? Value);
