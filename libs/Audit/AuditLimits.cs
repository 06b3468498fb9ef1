namespace WardPlatform.Audit;

/// <summary>The longest value each audit field keeps; longer values are cut, never refused.</summary>
public static class AuditLimits
{
    public const int Service = 40;
    public const int Code = 20;
    public const int ActorId = 200;
    public const int ActorName = 200;
    public const int ActorRole = 40;
    public const int Action = 20;
    public const int Subject = 500;
    public const int SubjectId = 200;
    public const int Outcome = 20;
    public const int Detail = 2000;

    public static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
    public static string? CutOrNull(string? value, int max) => value is null ? null : Cut(value, max);
}
