using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging.Inbox;
using WardPlatform.Rankings.Data;

namespace WardPlatform.Rankings.Facts;

/// <summary>What one event says about one ward (and its neighbourhood, when the event names one): a fact of one kind, on a day, from one record.</summary>
public sealed record FactReading(string TenantCode, string ProvinceCode, string Kind, DateOnly On, decimal Value, string Record,
    Guid? NeighbourhoodId = null);

/// <summary>
/// A source of ward facts: one consumer turning one event into one kind of <see cref="WardFact"/>. The same record
/// read again (a report resolved a second time after reopening) replaces its fact, so each record counts once.
/// Adding a source is one subclass and one line in Extensions.
/// </summary>
public abstract class FactFeed<TMessage>(RankingsDbContext db) : InboxConsumer<TMessage, RankingsDbContext>(db) where TMessage : class
{
    protected abstract FactReading? Read(TMessage message);

    protected override async Task HandleAsync(TMessage message, CancellationToken ct)
    {
        if (Read(message) is not { } reading) return;
        var fact = await Db.Facts.FirstOrDefaultAsync(f => f.Kind == reading.Kind && f.Record == reading.Record, ct);
        if (fact is null)
            Db.Facts.Add(new WardFact
            {
                Id = Guid.NewGuid(), TenantCode = reading.TenantCode, ProvinceCode = reading.ProvinceCode, Kind = reading.Kind,
                On = reading.On, Value = reading.Value, Record = reading.Record, NeighbourhoodId = reading.NeighbourhoodId,
            });
        else
        {
            fact.On = reading.On;
            fact.Value = reading.Value;
            fact.NeighbourhoodId = reading.NeighbourhoodId;
        }
    }
}
