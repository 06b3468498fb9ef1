using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging;

namespace WardPlatform.Directory.Data;

/// <summary>The directory service's own database. Its domain tables come with its issue; the outbox and inbox are here from the start.</summary>
public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model) => model.AddOutboxAndInbox();
}
