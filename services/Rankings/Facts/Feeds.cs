using WardPlatform.Contracts.Events;
using WardPlatform.Rankings.Data;
using WardPlatform.Rankings.Live;

namespace WardPlatform.Rankings.Facts;

// One feed per fact kind. Days are Vietnam's (UTC+7), as the province counts them.

public sealed class ReportResolvedFeed(RankingsDbContext db) : FactFeed<ReportResolved>(db)
{
    protected override FactReading Read(ReportResolved m) =>
        new(m.TenantCode, m.ProvinceCode, FactKinds.ReportResolved, VietnamDay.Of(m.ResolvedAt), m.OnTime ? 1 : 0, $"report:{m.ReportId}", m.NeighbourhoodId);
}

public sealed class ReportVerifiedFeed(RankingsDbContext db) : FactFeed<ReportVerified>(db)
{
    protected override FactReading Read(ReportVerified m) =>
        new(m.TenantCode, m.ProvinceCode, FactKinds.ReportVerified, m.ReceivedOn, 1, $"report:{m.ReportId}", m.NeighbourhoodId);
}

public sealed class RelapseDetectedFeed(RankingsDbContext db) : FactFeed<RelapseDetected>(db)
{
    protected override FactReading Read(RelapseDetected m) =>
        new(m.TenantCode, m.ProvinceCode, FactKinds.Relapse, VietnamDay.Of(m.DetectedAt), 1, $"report:{m.ReportId}", m.NeighbourhoodId);
}

public sealed class CommendationDecidedFeed(RankingsDbContext db) : FactFeed<CommendationDecided>(db)
{
    protected override FactReading Read(CommendationDecided m) =>
        new(m.TenantCode, m.ProvinceCode, FactKinds.Commendation, m.DecidedOn, m.Awards?.Count ?? 0, $"decision:{m.DecisionNumber}");
}
