using System.Security.Cryptography;
using WardPlatform.Audit;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Following;

/// <summary>
/// The code a citizen follows a report with: the reporter's own (which may confirm or reopen), or a follower's (who
/// chose "Có phải phản ánh này?" instead of filing again: reads only). Unguessable: 12 of 31 letters and digits, ~59 bits.
/// </summary>
/// <remarks>
/// Never audited: its key is the code itself, and the audit log (read by administrators) must not hold what lets
/// anyone answer as the reporter. The report it belongs to is audited.
/// </remarks>
public sealed class TrackingCode : ITenantOwned, IExcludedFromAudit
{
    public required string Code { get; init; }
    public Guid ReportId { get; set; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public bool IsReporter { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 12;

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"abcd-efgh-jkmn" as typed → "ABCDEFGHJKMN"; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null) return null;
        var code = new string(typed.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    public static string Show(string code) => $"{code[..4]}-{code[4..8]}-{code[8..]}";
}
