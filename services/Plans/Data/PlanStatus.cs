namespace WardPlatform.Plans.Data;

/// <summary>A plan's lifecycle, in order: each status moves only to the next one (see <see cref="Lifecycle.PlanTransitions"/>).</summary>
public enum PlanStatus { Draft, Issued, InProgress, MidTermReviewed, FinalReview, Closed }
