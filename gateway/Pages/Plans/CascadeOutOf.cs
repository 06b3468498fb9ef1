using System.Globalization;
using WardPlatform.Contracts;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// "Trong số" of a target counted from the wards' plans (<see cref="ComputedTargetSources.CascadePlans"/>): the number of
/// the province's wards, from the directory, when the row leaves it blank. A number typed in stays.
/// </summary>
public static class CascadeOutOf
{
    public static int Fill(PlanReview review, int? wardCount)
    {
        if (wardCount is not > 0) return 0;
        var filled = 0;
        foreach (var row in review.Targets.Where(t => !t.Remove && t.DataSource?.Trim() == ComputedTargetSources.CascadePlans && string.IsNullOrWhiteSpace(t.OutOf)))
        {
            row.OutOf = wardCount.Value.ToString(CultureInfo.InvariantCulture);
            filled++;
        }
        return filled;
    }
}
