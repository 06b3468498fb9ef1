namespace WardPlatform.Tenancy;

/// <summary>A record that belongs to one ward (or to the province itself): filtered and guarded centrally.</summary>
public interface ITenantOwned
{
    /// <summary>The owning ward's code, or the province's code for province-level records.</summary>
    string TenantCode { get; }
    string ProvinceCode { get; }
}

/// <summary>A DbContext whose tenant-owned entities are filtered by the current caller's scope.</summary>
public interface ITenantScopedContext
{
    TenantScope Scope { get; }
}
