namespace WardPlatform.Commendations.Nominations;

/// <summary>The review meeting's vote. <see cref="Council"/> (each member with their unit) replaces <see cref="MemberNames"/> when given.</summary>
public sealed record VoteRequest(DateOnly? MeetingOn, int? Members, int? Present, int? VotesFor, int? VotesAgainst, int? VotesAbstaining,
    bool? SecretBallot, List<string>? MemberNames = null, List<string>? Recused = null, List<CouncilMemberRequest>? Council = null);

/// <summary>A member of the review council and the unit they belong to (a member of the nominated collective may not vote on it).</summary>
public sealed record CouncilMemberRequest(string? Name, string? Unit);

/// <summary>
/// A nomination as a unit sends it: JSON, or multipart/form-data with the JSON in the field "nomination" and files in
/// "report" (báo cáo thành tích, .docx / .pdf) and "evidence" (minh chứng).
/// </summary>
public sealed record NominationRequest(string? Form, string? RecipientKind, string? RecipientName, string? RecipientId, string? RecipientUnit,
    string? NominatingUnit, string? Achievement, string? ReportText, List<string>? EvidenceLinks, VoteRequest? Vote);
