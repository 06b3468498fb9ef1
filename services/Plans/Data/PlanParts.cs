namespace WardPlatform.Plans.Data;

// The parts of a plan, each stored in its own table owned by the plan. Position keeps the document's order.

/// <summary>A "Căn cứ …" line. A cited plan (Kind "Kế hoạch") is a parent: ParentPlanId links it when the province has it.</summary>
public sealed class PlanLegalBasis
{
    public const string PlanKind = "Kế hoạch";
    public int Position { get; set; }
    public required string Text { get; set; }
    public string? Kind { get; set; }
    public string? Number { get; set; }
    public DateOnly? Date { get; set; }
    public Guid? ParentPlanId { get; set; }
    public bool CitesPlan => Kind == PlanKind && Number is not null;
}

/// <summary>A content theme (nội dung thi đua): "II.1".</summary>
public sealed class PlanTheme
{
    public int Position { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
}

/// <summary>A campaign phase (giai đoạn) of a theme, with its deadline and expected outputs (sản phẩm đầu ra).</summary>
public sealed class PlanPhase
{
    public int Position { get; set; }
    public string? ThemeNumber { get; set; }
    public int Number { get; set; }
    public string? Title { get; set; }
    public DateOnly? Starts { get; set; }
    public DateOnly? Ends { get; set; }
    public List<string> ExpectedOutputs { get; set; } = [];
}

/// <summary>"Tổ chức thực hiện": a unit and its tasks.</summary>
public sealed class PlanAssignment
{
    public int Position { get; set; }
    public string? Unit { get; set; }
    public List<string> Tasks { get; set; } = [];
}

/// <summary>A target (chỉ tiêu) as confirmed with the plan; TargetId is kept by the targets service.</summary>
public sealed class PlanTarget
{
    public int Position { get; set; }
    public Guid TargetId { get; set; }
    public required string Text { get; set; }
    public Importing.TargetKind Kind { get; set; }
    public decimal Value { get; set; }
    public required string Unit { get; set; }
    public decimal? UpperValue { get; set; }
    public int? BaselineYear { get; set; }
    public int? OutOf { get; set; }
    public string? ThemeNumber { get; set; }
    public string? OwnerUnit { get; set; }
    public string? OwnerPerson { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>Null when typed in by hand, else one of ComputedTargetSources ("Computed:cascade-plans").</summary>
    public string? Source { get; set; }
    public List<PlanTargetStage> Stages { get; set; } = [];
    public List<PlanTargetShare> Split { get; set; } = [];
}

/// <summary>
/// An award quota of the plan ("tặng Giấy khen cho tối đa 04 tập thể"): AwardForm as the commendations service names it,
/// RecipientKind collective / individual / household, Occasion annual / midterm / final when the plan says.
/// </summary>
public sealed class PlanAwardQuota
{
    public int Position { get; set; }
    public string? AwardForm { get; set; }
    public required string RecipientKind { get; set; }
    public int MaxCount { get; set; }
    public string? Occasion { get; set; }
    public required string Text { get; set; }
}

public sealed class PlanTargetStage
{
    public int Position { get; set; }
    public decimal Value { get; set; }
    public DateOnly Due { get; set; }
}

public sealed class PlanTargetShare
{
    public int Position { get; set; }
    public required string Unit { get; set; }
    public decimal Value { get; set; }
}

/// <summary>One move of the lifecycle, or one hand-over of the draft: who (token "sub" and "name"), when (UTC), why.</summary>
public sealed class PlanStatusChange
{
    public const string Submitted = "submitted";
    public const string Returned = "returned";

    public PlanStatus From { get; init; }
    public PlanStatus To { get; init; }
    /// <summary>Null for a move of the status; <see cref="Submitted"/> or <see cref="Returned"/> for a hand-over within the draft.</summary>
    public string? Action { get; init; }
    public string? ChangedBy { get; init; }
    public string? ChangedByName { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
    public string? Note { get; init; }
}
