namespace WardPlatform.Rankings.Definitions;

/// <summary>
/// Who a definition ranks: the wards of the province (the province's record), or the neighbourhoods (khu phố, ấp) of
/// one ward (that ward's record: its <c>TenantCode</c>). A neighbourhood is ranked by its id from the directory, the
/// "unit" code of its rows, inputs and adjustments.
/// </summary>
public static class RankingLevels
{
    public const string Wards = "wards";
    public const string Neighbourhoods = "neighbourhoods";

    /// <summary>Sources that have a value per neighbourhood: report facts (their events name the neighbourhood) and entered values.</summary>
    public static bool HasNeighbourhoodValues(SourceRef source) =>
        source.Kind == SourceRef.Entered || source is { Kind: SourceRef.Metric, Name: Metrics.ReportsOnTime or Metrics.Incidents or Metrics.RelapseRate };
}
