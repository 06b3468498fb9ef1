namespace WardPlatform.Reports.Calendar;

/// <summary>
/// A day off that is not a weekend (public holidays, Tết), for the whole country (<see cref="ProvinceCode"/> empty) or
/// one province. Kept as data because the government sets each year's days (and swaps) late: a province edits them.
/// </summary>
public sealed class Holiday
{
    public DateOnly Date { get; init; }
    public string ProvinceCode { get; init; } = "";
    public required string Name { get; set; }
}
