using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Nominations;

public enum NominationState { Submitted, Returned, Accepted, Rejected, Awarded, Revoked, ProposedUpward }

/// <summary>
/// A unit's nomination (đề nghị) of a collective, an individual or a household for one award form in a round, with its
/// dossier: the tờ trình and the biên bản are generated from what was entered (the vote), the báo cáo thành tích typed
/// or uploaded, the minh chứng as files or links.
/// </summary>
public sealed class Nomination : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid RoundId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Form { get; init; }
    public required string RecipientKind { get; init; }
    /// <summary>A unit, neighbourhood or person of the directory, when the nominee is one.</summary>
    public string? RecipientId { get; init; }
    public required string RecipientName { get; init; }
    /// <summary>The nominee's unit (an individual's) or the collective's parent, as printed on the certificate.</summary>
    public string? RecipientUnit { get; init; }
    public required string NominatingUnit { get; init; }
    public required string Achievement { get; set; }
    public string? ReportText { get; set; }
    public List<string> EvidenceLinks { get; set; } = [];

    // The review meeting (họp bình xét): a secret ballot is recorded as counts only.
    public DateOnly MeetingOn { get; set; }
    public int Members { get; set; }
    public int Present { get; set; }
    public int VotesFor { get; set; }
    public int VotesAgainst { get; set; }
    public int VotesAbstaining { get; set; }
    public bool SecretBallot { get; set; }
    /// <summary>Council members who did not vote on this nomination (their own, or their unit's).</summary>
    public List<string> Recused { get; set; } = [];

    public NominationState State { get; set; }
    public string? AppraisalReasons { get; set; }
    public DateOnly SubmittedOn { get; set; }
    /// <summary>When the appraiser must have answered (working days after submission).</summary>
    public DateOnly AppraisalDue { get; set; }
    /// <summary>When a returned dossier must be completed by the unit.</summary>
    public DateOnly? ResubmitDue { get; set; }
    public string? AppraisedBy { get; set; }
    public string? SubmittedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Folded name and unit for accent-insensitive search.</summary>
    public string SearchText { get; set; } = "";
    public List<DossierFile> Files { get; init; } = [];
    /// <summary>A province-level award: when it was sent up ("đã gửi tỉnh"), and the province's answer.</summary>
    public DateTimeOffset? UpwardSentAt { get; set; }
    /// <summary>"approved" or "declined", once the province has answered.</summary>
    public string? UpwardResult { get; set; }
    public string? UpwardNote { get; set; }
}

/// <summary>An uploaded dossier file: a báo cáo thành tích (.docx / .pdf) or a piece of minh chứng.</summary>
public sealed class DossierFile : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid NominationId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Part { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public byte[] Content { get; init; } = [];
}
