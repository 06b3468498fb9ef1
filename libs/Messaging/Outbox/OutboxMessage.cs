using System.Text.Json;

namespace WardPlatform.Messaging.Outbox;

/// <summary>An integration event stored in the same transaction as the change it announces.</summary>
public sealed class OutboxMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public long Sequence { get; private set; }
    /// <summary>Becomes the MassTransit MessageId, so a re-sent event is recognised by every inbox.</summary>
    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    public static OutboxMessage Create<T>(T message) where T : class => new()
    {
        Id = Guid.NewGuid(),
        Type = TypeName(typeof(T)),
        Payload = JsonSerializer.Serialize(message, Json),
        CreatedAt = DateTimeOffset.UtcNow,
    };

    public Type MessageType => System.Type.GetType(Type, throwOnError: true)!;

    public object Deserialize() => JsonSerializer.Deserialize(Payload, MessageType, Json)
        ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload.");

    private static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
