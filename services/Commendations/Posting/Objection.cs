namespace WardPlatform.Commendations.Posting;

/// <summary>
/// An objection anyone sent while a round's list was posted (no sign-in). Not tenant-owned on its own: it is reached
/// only through its round, which is. It must be answered before the chairman decides.
/// </summary>
public sealed class Objection
{
    public Guid Id { get; init; }
    public Guid RoundId { get; init; }
    public Guid? NominationId { get; init; }
    public string? SenderName { get; init; }
    public string? SenderContact { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
