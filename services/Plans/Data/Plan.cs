using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Plans.Data;

/// <summary>
/// A plan (kế hoạch) as the official document it is: header, legal bases, prose sections, themes, phases,
/// assignments, targets, recipients and signer, with its lifecycle history. Province plans have TenantCode = ProvinceCode.
/// </summary>
public sealed class Plan : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>The ward's or province's code: whose plan this is.</summary>
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    /// <summary>"118/KH-UBND".</summary>
    public required string Number { get; set; }
    public required string Title { get; set; }
    /// <summary>Number and title folded for search without diacritics ("ke hoach thi dua").</summary>
    public string SearchText { get; private set; } = "";
    public string? Place { get; set; }
    /// <summary>The document's date ("ngày … tháng … năm …"); set at issue when the document left it blank.</summary>
    public DateOnly? IssuedOn { get; private set; }
    public PlanStatus Status { get; private set; } = PlanStatus.Draft;
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? IssuedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public DateOnly? MidTermReview { get; set; }
    public DateOnly? FinalReview { get; set; }

    public List<string> Purposes { get; set; } = [];
    public List<string> Requirements { get; set; } = [];
    public List<string> Subjects { get; set; } = [];
    public List<string> Scope { get; set; } = [];
    /// <summary>The period section as written ("Từ tháng 7/2025 đến tháng 12/2025…").</summary>
    public List<string> PeriodNotes { get; set; } = [];
    public List<string> Slogans { get; set; } = [];
    public List<string> AwardForms { get; set; } = [];
    public List<string> CollectiveCriteria { get; set; } = [];
    public List<string> IndividualCriteria { get; set; } = [];
    public List<string> Funding { get; set; } = [];
    public List<string> Recipients { get; set; } = [];
    public string? SignerTitle { get; set; }
    public string? SignerName { get; set; }

    public List<PlanLegalBasis> LegalBases { get; set; } = [];
    public List<PlanTheme> Themes { get; set; } = [];
    public List<PlanPhase> Phases { get; set; } = [];
    public List<PlanAssignment> Assignments { get; set; } = [];
    public List<PlanTarget> Targets { get; set; } = [];
    public List<PlanAwardQuota> AwardQuotas { get; set; } = [];
    public List<PlanStatusChange> History { get; private set; } = [];

    public bool IsProvincePlan => TenantCode == ProvinceCode;

    /// <summary>"Trình ký": when a preparer sent the draft to the signer, by whom, with what note; null when not waiting.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public string? SubmittedByName { get; private set; }
    public string? SubmissionNote { get; private set; }
    /// <summary>The signer's last return of the draft, with the reason; cleared when it is sent again.</summary>
    public DateTimeOffset? ReturnedAt { get; private set; }
    public string? ReturnedByName { get; private set; }
    public string? ReturnReason { get; private set; }

    public bool AwaitingSignature => Status == PlanStatus.Draft && SubmittedAt is not null;

    /// <summary>The draft goes to the signer; the hand-over is recorded in the history, the status stays Draft.</summary>
    public PlanStatusChange Submit(string? by, string? byName, string? note, DateTimeOffset now)
    {
        (SubmittedAt, SubmittedBy, SubmittedByName, SubmissionNote) = (now, by, byName, note);
        (ReturnedAt, ReturnedByName, ReturnReason) = (null, null, null);
        return Record(PlanStatusChange.Submitted, by, byName, note, now);
    }

    /// <summary>The signer sends the draft back to its preparer with a reason.</summary>
    public PlanStatusChange ReturnToPreparer(string? by, string? byName, string reason, DateTimeOffset now)
    {
        (SubmittedAt, SubmissionNote) = (null, null);
        (ReturnedAt, ReturnedByName, ReturnReason) = (now, byName, reason);
        return Record(PlanStatusChange.Returned, by, byName, reason, now);
    }

    private PlanStatusChange Record(string action, string? by, string? byName, string? note, DateTimeOffset now)
    {
        var change = new PlanStatusChange { From = Status, To = Status, Action = action, ChangedBy = by, ChangedByName = byName, ChangedAt = now, Note = note };
        History.Add(change);
        return change;
    }

    public void SetIssuedOn(DateOnly? issuedOn) => IssuedOn = issuedOn;

    public void RefreshSearchText() => SearchText = VietnameseText.Fold($"{Number} {Title}");

    /// <summary>Moves the plan to <paramref name="to"/> and records who did it; the caller checked the move is allowed.</summary>
    public PlanStatusChange MoveTo(PlanStatus to, string? by, string? byName, string? note, DateTimeOffset now)
    {
        var change = new PlanStatusChange
        {
            From = Status, To = to, ChangedBy = by, ChangedByName = byName, ChangedAt = now, Note = note,
        };
        History.Add(change);
        Status = to;
        (SubmittedAt, SubmissionNote) = (null, null);
        if (to == PlanStatus.Issued) IssuedAt = now;
        if (to == PlanStatus.Closed) ClosedAt = now;
        return change;
    }
}
