using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Targets.Tracking;

namespace WardPlatform.Targets.Registration;

/// <summary>A target as stated, from a plan's confirmed targets or typed in by ward staff.</summary>
public sealed record TargetDefinition(
    Guid Id, string Text, TargetKind Kind, decimal Value, string Unit,
    decimal? UpperValue = null, int? BaselineYear = null, decimal? BaselineValue = null, int? OutOf = null,
    List<TargetStage>? Stages = null, List<TargetShare>? Split = null,
    string? ThemeNumber = null, string? OwnerUnit = null, string? OwnerPerson = null,
    DateOnly? PeriodFrom = null, DateOnly? PeriodTo = null, string Source = Target.ManualSource)
{
    /// <summary>
    /// The plan's target as the event carries it; null for a kind this service does not know. Its source is the
    /// event's as written (blank: manual); whether a feed exists for it is the consumer's to check.
    /// </summary>
    public static TargetDefinition? From(PlannedTarget planned)
    {
        if (!Enum.TryParse<TargetKind>(planned.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind)) return null;
        return new TargetDefinition(
            planned.TargetId, Cut(VietnameseText.Clean(planned.Text), 1000) ?? "", kind, planned.Value, Cut(VietnameseText.Clean(planned.Unit), 50) ?? "",
            planned.UpperValue, planned.BaselineYear, null, planned.OutOf,
            planned.Stages?.Select(s => new TargetStage(s.Value, s.Due)).ToList(),
            planned.Split?.Select(s => new TargetShare(Cut(VietnameseText.Clean(s.Unit), 200) ?? "", s.Value)).ToList(),
            Cut(VietnameseText.Clean(planned.ThemeNumber), 20), Cut(VietnameseText.Clean(planned.OwnerUnit), 200),
            Cut(VietnameseText.Clean(planned.OwnerPerson), 200), PeriodTo: planned.Deadline,
            Source: VietnameseText.Clean(planned.Source) is { Length: > 0 } source ? source : Target.ManualSource);
    }

    // An event is not refused for a long field: it is kept as far as the column allows.
    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
