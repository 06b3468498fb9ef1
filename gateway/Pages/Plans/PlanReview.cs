namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// The review form's editable fields, as typed (dates dd/MM/yyyy, numbers "12,5"). Everything the form does not
/// edit (legal bases, sections, phases, stages, splits…) rides along in the draft's JSON, kept in the form itself.
/// </summary>
public sealed class PlanReview
{
    public string? Number { get; set; }
    public string? Place { get; set; }
    public string? IssuedOn { get; set; }
    public string? Title { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? MidTermReview { get; set; }
    public string? FinalReview { get; set; }
    public string? SignerTitle { get; set; }
    public string? SignerName { get; set; }
    public List<ThemeRow> Themes { get; set; } = [];
    public List<TargetRow> Targets { get; set; } = [];
}

public sealed class ThemeRow
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public bool Remove { get; set; }
}

/// <summary>A target row; <see cref="Source"/> is its index among the draft's targets (null for a row added on review).</summary>
public sealed class TargetRow
{
    public int? Source { get; set; }
    public string? Text { get; set; }
    public string? Kind { get; set; }
    public string? Value { get; set; }
    public string? Unit { get; set; }
    public string? OwnerUnit { get; set; }
    public bool Remove { get; set; }
}
