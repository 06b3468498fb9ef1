namespace WardPlatform.Audit;

/// <summary>The name the service writes into its audit events (one of <c>ResourceNames</c>).</summary>
public sealed record AuditSettings(string ServiceName);
