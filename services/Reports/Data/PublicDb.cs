using Microsoft.EntityFrameworkCore;
using WardPlatform.Reports.Places;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Data;

/// <summary>
/// Contexts for callers without a token (citizens, Open311 clients): scoped to the one ward the request is about, so
/// they read and write that ward's records only, through the same filter and write guard as staff.
/// </summary>
public sealed class PublicDb(DbContextOptions<ReportsDbContext> options)
{
    public ReportsDbContext ForWard(string tenantCode, string provinceCode) =>
        new(options, new TenantScope(ScopeKind.Ward, tenantCode, provinceCode));

    public ReportsDbContext System() => new(options, TenantScope.System);

    /// <summary>The ward open to reports with this code, or null.</summary>
    public async Task<ReportingWard?> WardAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 20) return null;
        await using var db = System();
        return await db.Wards.AsNoTracking().FirstOrDefaultAsync(w => w.TenantCode == code, ct);
    }
}
