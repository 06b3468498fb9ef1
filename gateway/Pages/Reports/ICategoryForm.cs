namespace WardPlatform.Gateway.Pages.Reports;

/// <summary>What the category form (_CategoryForm) shows: a province's page and a ward's page edit categories alike.</summary>
public interface ICategoryForm
{
    string? Code { get; }
    string? Name { get; }
    string? Unit { get; }
    string? DeadlineDays { get; }
    bool Active { get; }
    bool Editing { get; }
    string? ErrorFor(string field);
}
