using Microsoft.EntityFrameworkCore;
using WardPlatform.Targets.Data;

namespace WardPlatform.Targets.Status;

/// <summary>
/// Re-applies the rule to every unsettled target: time alone moves a target from on track to at risk or
/// missed (a period ends, a stage falls due), with no report to trigger it.
/// </summary>
public sealed class StatusSweeper(TargetsDbContext db, TargetStatusUpdater updater, ILogger<StatusSweeper> logger)
{
    private const int Batch = 500;

    /// <returns>How many targets changed status.</returns>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var changed = 0;
        Guid? after = null;
        while (true)
        {
            var targets = await db.Targets.Where(t => !t.Settled && (after == null || t.Id.CompareTo(after.Value) > 0))
                .OrderBy(t => t.Id).Take(Batch).ToListAsync(ct);
            if (targets.Count == 0) break;
            var readings = await updater.ReadingsOfAsync(targets.Select(t => t.Id).ToList(), ct);
            foreach (var target in targets)
                if (updater.Apply(target, readings.GetValueOrDefault(target.Id) ?? [])) changed++;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = targets[^1].Id;
        }
        if (changed > 0) logger.LogInformation("Status sweep: {Changed} targets changed status", changed);
        return changed;
    }
}
