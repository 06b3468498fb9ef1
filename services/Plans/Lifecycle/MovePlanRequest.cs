namespace WardPlatform.Plans.Lifecycle;

/// <summary>An optional body for a move: a note for the history; for issuing, the date when the document left it blank.</summary>
public sealed record MovePlanRequest(DateOnly? IssuedOn = null, string? Note = null);
