using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;

namespace WardPlatform.Reports.Data;

/// <summary>The reports service's own database. Its domain tables come with its issue; the outbox and inbox are here from the start.</summary>
public sealed class ReportsDbContext(DbContextOptions<ReportsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model) => model.AddOutboxAndInbox();
}
