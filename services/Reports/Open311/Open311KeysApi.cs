using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Open311;

public sealed record KeyRequest(string? Name);
public sealed record KeyDto(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
public sealed record IssuedKey(Guid Id, string Name, string ApiKey);

/// <summary>Ward or province administrators issue Open311 api_keys to applications (shown once, stored hashed) and revoke them.</summary>
public static class Open311KeysApi
{
    public static IEndpointRouteBuilder MapOpen311KeysApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/open311/keys").WithTags("Open311 GeoReport v2");
        keys.MapGet("/", ListAsync);
        keys.MapPost("/", IssueAsync);
        keys.MapDelete("/{id:guid}", RevokeAsync);
        return app;
    }

    private static bool IsAdministrator(ClaimsPrincipal user) =>
        user.FindFirstValue(WardClaims.Role) is WardRoles.WardAdministrator or WardRoles.ProvinceAdministrator;

    private static async Task<Ok<List<KeyDto>>> ListAsync(ReportsDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Open311Keys.AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => new KeyDto(k.Id, k.Name, k.CreatedAt, k.RevokedAt)).ToListAsync(ct));

    private static async Task<IResult> IssueAsync(KeyRequest request, ClaimsPrincipal user, ReportsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!IsAdministrator(user) || !db.Scope.HasOwnTenant)
            return TypedResults.Problem(statusCode: 403, title: "Không có quyền", detail: "Chỉ quản trị phường, xã hoặc tỉnh được cấp mã Open311.",
                extensions: new Dictionary<string, object?> { ["code"] = "administrators_only" });
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200, "Tên ứng dụng", required: true);
        if (errors.Any) return errors.ToProblem();
        var key = Open311Key.NewKey();
        var stored = new Open311Key
        {
            Id = Guid.CreateVersion7(), TenantCode = db.Scope.Tenant, ProvinceCode = db.Scope.Province, Name = name!, KeyHash = Open311Key.Hash(key),
            CreatedBy = user.FindFirstValue("sub") ?? "unknown", CreatedAt = clock.GetUtcNow(),
        };
        db.Open311Keys.Add(stored);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/open311/keys/{stored.Id}", new IssuedKey(stored.Id, stored.Name, key));
    }

    private static async Task<IResult> RevokeAsync(Guid id, ClaimsPrincipal user, ReportsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var key = await db.Open311Keys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null) return TypedResults.NotFound();
        if (!IsAdministrator(user) || !db.Scope.CanWrite(key)) return Handling.ReportProblems.ReadOnly();
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
