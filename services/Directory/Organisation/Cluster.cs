using System.Text.Json.Serialization;
using WardPlatform.Tenancy;

namespace WardPlatform.Directory.Organisation;

[JsonConverter(typeof(JsonStringEnumConverter<ClusterMemberKind>))]
public enum ClusterMemberKind { Wards, Units }

/// <summary>
/// An emulation cluster (cụm / khối thi đua) whose members are scored together: a province's cluster groups
/// wards, a ward's cluster groups its units.
/// </summary>
public sealed class Cluster : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Name { get; set; }
    public ClusterMemberKind MemberKind { get; init; }
    public List<ClusterMember> Members { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public void Add(string? wardCode = null, Guid? unitId = null) => Members.Add(new ClusterMember
    {
        ClusterId = Id, TenantCode = TenantCode, ProvinceCode = ProvinceCode, WardCode = wardCode, UnitId = unitId,
    });
}

/// <summary>One ward (in a province's cluster) or one unit (in a ward's cluster).</summary>
public sealed class ClusterMember : ITenantOwned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ClusterId { get; init; }
    public required string TenantCode { get; init; }
    public required string ProvinceCode { get; init; }
    public string? WardCode { get; init; }
    public Guid? UnitId { get; init; }
}
