using WardPlatform.Commendations.Eligibility;

namespace WardPlatform.Commendations.Nominations;

public sealed record DossierPartDto(string Part, string Label, bool Present, string? Source);

public sealed record NominationDto(Guid Id, Guid RoundId, string Form, string FormName, string RecipientKind, string? RecipientId, string RecipientName,
    string? RecipientUnit, string NominatingUnit, string Achievement, string State, string? AppraisalReasons, DateOnly SubmittedOn,
    DateOnly AppraisalDue, DateOnly? ResubmitDue, bool Overdue, int Members, int Present, int VotesFor, int VotesAgainst, int VotesAbstaining,
    bool SecretBallot, List<string> Recused, List<string> EvidenceLinks, List<DossierPartDto> Dossier, List<Check> Checks, bool Eligible, decimal? Prize);

/// <summary>One page of the appraisal queue and how many dossiers it holds in all.</summary>
public sealed record NominationPage(int Page, int PageSize, int Total, IReadOnlyList<NominationDto> Items);
