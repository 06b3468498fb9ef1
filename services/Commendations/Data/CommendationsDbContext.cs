using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;

namespace WardPlatform.Commendations.Data;

/// <summary>The commendations service's own database. Its domain tables come with its issue; the outbox and inbox are here from the start.</summary>
public sealed class CommendationsDbContext(DbContextOptions<CommendationsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model) => model.AddOutboxAndInbox();
}
