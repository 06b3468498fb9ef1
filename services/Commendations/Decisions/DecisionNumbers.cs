using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Data;

namespace WardPlatform.Commendations.Decisions;

/// <summary>
/// Gap-free numbers per ward, sequence and year: the counter row is incremented (and so locked) inside the caller's
/// transaction. A concurrent decision waits on the row until this one commits or rolls back, so two signed at once get
/// consecutive numbers and a failed one gives its number back.
/// </summary>
public static class DecisionNumbers
{
    public const string Decision = "decision";
    public const string Register = "register";

    /// <summary>Reserves <paramref name="count"/> consecutive numbers; returns the first.</summary>
    public static async Task<int> ReserveAsync(CommendationsDbContext db, string tenant, string sequence, int year, int count, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Numbers are reserved inside the decision's transaction.");
        var last = await db.Database.SqlQuery<int>($"""
            INSERT INTO number_counters (tenant_code, sequence, year, last) VALUES ({tenant}, {sequence}, {year}, {count})
            ON CONFLICT (tenant_code, sequence, year) DO UPDATE SET last = number_counters.last + {count}
            RETURNING last AS "Value"
            """).ToListAsync(ct);
        return last[0] - count + 1;
    }

    public static string Format(int sequence) => $"{sequence:D2}/QĐ-UBND";
}
