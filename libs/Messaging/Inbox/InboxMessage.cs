namespace WardPlatform.Messaging.Inbox;

/// <summary>A message a consumer has handled; stored with the consumer's effect, in one transaction.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public string Consumer { get; init; } = "";
    public DateTimeOffset HandledAt { get; init; }
}
