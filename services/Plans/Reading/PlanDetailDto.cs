using WardPlatform.Plans.Data;

namespace WardPlatform.Plans.Reading;

/// <summary>
/// A plan whole: the document (in the shape <see cref="Documents.PlanDocumentRequest"/> accepts, so a draft read
/// can be corrected and sent back), its targets with their ids, its attachments and its lifecycle history.
/// </summary>
public sealed record PlanDetailDto(
    Guid Id, string TenantCode, string ProvinceCode, string Status, DateTimeOffset CreatedAt, DateTimeOffset? IssuedAt, DateTimeOffset? ClosedAt,
    string Number, string? Place, DateOnly? IssuedOn, string Title,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, DateOnly? MidTermReview, DateOnly? FinalReview,
    IReadOnlyList<LegalBasisDto> LegalBases, SectionsDto Sections, IReadOnlyList<ThemeDto> Themes, IReadOnlyList<string> Slogans,
    IReadOnlyList<PhaseDto> Phases, IReadOnlyList<TargetDto> Targets, IReadOnlyList<string> Recipients,
    string? SignerTitle, string? SignerName, IReadOnlyList<AttachmentDto> Attachments, IReadOnlyList<StatusChangeDto> History,
    IReadOnlyList<AwardQuotaDto>? AwardQuotas = null, HandOverDto? HandOver = null, IReadOnlyList<string>? Actions = null)
{
    public static PlanDetailDto From(Plan p, IReadOnlyList<AttachmentDto> attachments, IReadOnlyList<string>? actions = null) => new(
        p.Id, p.TenantCode, p.ProvinceCode, p.Status.ToString(), p.CreatedAt, p.IssuedAt, p.ClosedAt,
        p.Number, p.Place, p.IssuedOn, p.Title, p.PeriodStart, p.PeriodEnd, p.MidTermReview, p.FinalReview,
        p.LegalBases.OrderBy(b => b.Position).Select(b => new LegalBasisDto(b.Text, b.Kind, b.Number, b.Date, b.ParentPlanId)).ToList(),
        new SectionsDto(p.Purposes, p.Requirements, p.Subjects, p.Scope, p.PeriodNotes, p.AwardForms, p.CollectiveCriteria,
            p.IndividualCriteria, p.Funding, p.Assignments.OrderBy(a => a.Position).Select(a => new AssignmentDto(a.Unit, a.Tasks)).ToList()),
        p.Themes.OrderBy(t => t.Position).Select(t => new ThemeDto(t.Number, t.Title)).ToList(),
        p.Slogans,
        p.Phases.OrderBy(x => x.Position).Select(x => new PhaseDto(x.ThemeNumber, x.Number, x.Title, x.Starts, x.Ends, x.ExpectedOutputs)).ToList(),
        p.Targets.OrderBy(t => t.Position).Select(TargetDto.From).ToList(),
        p.Recipients, p.SignerTitle, p.SignerName, attachments,
        p.History.OrderBy(h => h.ChangedAt).Select(h => new StatusChangeDto(h.From.ToString(), h.To.ToString(), h.ChangedBy, h.ChangedByName, h.ChangedAt, h.Note, h.Action)).ToList(),
        p.AwardQuotas.OrderBy(q => q.Position).Select(q => new AwardQuotaDto(q.AwardForm, q.RecipientKind, q.MaxCount, q.Occasion, q.Text)).ToList(),
        Apis.PlanDto.HandOverOf(p.Status, p.SubmittedAt, p.ReturnedAt) switch
        {
            Apis.PlanDto.Submitted => new HandOverDto(Apis.PlanDto.Submitted, p.SubmittedByName ?? p.SubmittedBy, p.SubmittedAt, p.SubmissionNote),
            Apis.PlanDto.Returned => new HandOverDto(Apis.PlanDto.Returned, p.ReturnedByName, p.ReturnedAt, p.ReturnReason),
            _ => null,
        },
        actions ?? []);
}

public sealed record AwardQuotaDto(string? AwardForm, string RecipientKind, int MaxCount, string? Occasion, string Text);

public sealed record LegalBasisDto(string Text, string? DocumentKind, string? DocumentNumber, DateOnly? DocumentDate, Guid? ParentPlanId);

public sealed record SectionsDto(
    IReadOnlyList<string> Purposes, IReadOnlyList<string> Requirements, IReadOnlyList<string> Subjects, IReadOnlyList<string> Scope,
    IReadOnlyList<string> Period, IReadOnlyList<string> AwardForms, IReadOnlyList<string> CollectiveCriteria,
    IReadOnlyList<string> IndividualCriteria, IReadOnlyList<string> Funding, IReadOnlyList<AssignmentDto> Assignments);

public sealed record AssignmentDto(string? Unit, IReadOnlyList<string> Tasks);

public sealed record ThemeDto(string Number, string Title);

public sealed record PhaseDto(string? ThemeNumber, int Number, string? Title, DateOnly? Starts, DateOnly? Ends, IReadOnlyList<string> ExpectedOutputs);

public sealed record StageDto(decimal Value, DateOnly Due);

public sealed record ShareDto(string Unit, decimal Value);

public sealed record TargetDto(
    Guid TargetId, string Text, string Kind, decimal Value, string Unit, decimal? UpperValue, int? BaselineYear, int? OutOf,
    IReadOnlyList<StageDto> Stages, IReadOnlyList<ShareDto> Split, string? ThemeNumber, string? OwnerUnit, string? OwnerPerson, DateOnly? Deadline,
    string? Source)
{
    public static TargetDto From(PlanTarget t) => new(
        t.TargetId, t.Text, t.Kind.ToString(), t.Value, t.Unit, t.UpperValue, t.BaselineYear, t.OutOf,
        t.Stages.OrderBy(s => s.Position).Select(s => new StageDto(s.Value, s.Due)).ToList(),
        t.Split.OrderBy(s => s.Position).Select(s => new ShareDto(s.Unit, s.Value)).ToList(),
        t.ThemeNumber, t.OwnerUnit, t.OwnerPerson, t.Deadline, t.Source);
}

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, string? UploadedBy, DateTimeOffset UploadedAt);

/// <summary>A history row; <c>Action</c> is "submitted" or "returned" for a hand-over, null for a move of the status.</summary>
public sealed record StatusChangeDto(string From, string To, string? ChangedBy, string? ChangedByName, DateTimeOffset ChangedAt, string? Note, string? Action = null);

/// <summary>Where the draft is between preparer and signer: "Submitted" (with the preparer's note) or "Returned" (with the reason).</summary>
public sealed record HandOverDto(string State, string? By, DateTimeOffset? At, string? Note);
