using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// The review form's editable fields, as typed (dates dd/MM/yyyy, numbers "12,5"). Everything the form does not
/// edit (sections, assignments, slogans, stages, splits…) rides along in the draft's JSON, kept in the form itself.
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
    public List<LegalBasisRow> LegalBases { get; set; } = [];
    public List<ThemeRow> Themes { get; set; } = [];
    public List<PhaseRow> Phases { get; set; } = [];
    public List<TargetRow> Targets { get; set; } = [];
    public List<QuotaEditRow> Quotas { get; set; } = [];
    /// <summary>Ticked when a plan really has no targets: without it, confirming a plan with none is refused.</summary>
    public bool NoTargetsConfirmed { get; set; }
}

/// <summary>
/// A "Căn cứ" row; <see cref="Source"/> is its index among the draft's legal bases (null for a row added on review).
/// <see cref="PlanNumber"/> is the cited plan's number, which the plans service links to a parent plan.
/// </summary>
public sealed class LegalBasisRow
{
    public int? Source { get; set; }
    public string? Text { get; set; }
    public string? PlanNumber { get; set; }
    public bool Remove { get; set; }
}

public sealed class ThemeRow
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public bool Remove { get; set; }
}

/// <summary>A phase (giai đoạn) row; <see cref="Outputs"/> holds one expected output per line.</summary>
public sealed class PhaseRow
{
    public int? Source { get; set; }
    public string? ThemeNumber { get; set; }
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? Starts { get; set; }
    public string? Ends { get; set; }
    public string? Outputs { get; set; }
    public bool Remove { get; set; }
}

/// <summary>
/// A target row; <see cref="Source"/> is its index among the draft's targets (null for a row added on review).
/// <see cref="DataSource"/> is "Nguồn số liệu": blank for typed in by hand, else a computed source ("Computed:cascade-plans").
/// <see cref="Stages"/> and <see cref="Split"/> are shown, not edited: they are read from the draft, never posted.
/// </summary>
public sealed class TargetRow
{
    public int? Source { get; set; }
    public string? Text { get; set; }
    public string? Kind { get; set; }
    public string? Value { get; set; }
    public string? Unit { get; set; }
    public string? OwnerUnit { get; set; }
    public string? Deadline { get; set; }
    public string? BaselineYear { get; set; }
    public string? UpperValue { get; set; }
    public string? OutOf { get; set; }
    public string? DataSource { get; set; }
    /// <summary>The province target this target answers (its id), as proposed and confirmed on review; blank: none.</summary>
    public string? ProvinceTarget { get; set; }
    [BindNever] public List<ProvinceChoice> ProvinceChoices { get; set; } = [];
    public bool Remove { get; set; }
    [BindNever] public string? Stages { get; set; }
    [BindNever] public string? Split { get; set; }
    /// <summary>The line of the document the target was read from ("dòng 57").</summary>
    [BindNever] public int? Line { get; set; }
    /// <summary>The owner as the document wrote it, when the importer matched it to a unit of the ward under another name.</summary>
    [BindNever] public string? OwnerWritten { get; set; }
}

/// <summary>
/// An award quota ("tặng Giấy khen cho tối đa 04 tập thể"), edited before confirmation: form (a code, blank when the text
/// names none), recipient kind, maximum count and occasion. <see cref="Source"/> is its index among the draft's quotas
/// (null for a row added on review); <see cref="Text"/>, the sentence it was read from, is shown, not posted.
/// </summary>
public sealed class QuotaEditRow
{
    public int? Source { get; set; }
    public string? AwardForm { get; set; }
    public string? RecipientKind { get; set; }
    public string? MaxCount { get; set; }
    public string? Occasion { get; set; }
    public bool Remove { get; set; }
    [BindNever] public string? Text { get; set; }
}

/// <summary>A line of the document holding a figure, and what the importer read it into.</summary>
public sealed record FigureRow(int Line, string Section, string Text, string ReadAs);
