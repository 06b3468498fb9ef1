namespace WardPlatform.Plans.Data;

/// <summary>How long each kind of plan text may be, in characters (the database columns use the same).</summary>
public static class PlanLimits
{
    public const int Number = 50;
    public const int Title = 500;
    /// <summary>Names: place, unit, signer, document kind.</summary>
    public const int Short = 300;
    /// <summary>Theme numbers ("III.2").</summary>
    public const int Code = 20;
    public const int Unit = 50;
    /// <summary>A target's source ("Computed:cascade-plans"), as the targets service keeps it.</summary>
    public const int Source = 100;
    /// <summary>One paragraph or bullet of the document.</summary>
    public const int Paragraph = 4000;
    public const int Note = 1000;
    /// <summary>Items in any one list of the document.</summary>
    public const int Items = 500;
}
