using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;

namespace WardPlatform.Rankings.Data;

/// <summary>The rankings service's own database. Its domain tables come with its issue; the outbox and inbox are here from the start.</summary>
public sealed class RankingsDbContext(DbContextOptions<RankingsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model) => model.AddOutboxAndInbox();
}
