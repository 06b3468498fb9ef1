using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;

namespace WardPlatform.Directory.Integrations;

/// <summary>
/// Machine clients (integrations) of the caller's tenant: a ward's or province's administrators register and revoke
/// them; province administrators also see their wards', platform administrators everyone's.
/// </summary>
public static class MachineClientsApi
{
    public static IEndpointRouteBuilder MapMachineClients(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/machine-clients").WithTags("Tích hợp hệ thống");
        clients.MapGet("/", ListAsync);
        clients.MapGet("/{clientId}", GetAsync);
        clients.MapPost("/", RegisterMachineClient.HandleAsync);
        clients.MapDelete("/{clientId}", RevokeMachineClient.HandleAsync);
        return app;
    }

    private static async Task<Results<Ok<List<MachineClientDto>>, ProblemHttpResult>> ListAsync(ClaimsPrincipal user, DirectoryDbContext db,
        CancellationToken ct)
    {
        if (MachineClientRules.RefuseManager(user) is { } refused) return refused;
        var found = await db.MachineClientRegistrations.AsNoTracking()
            .OrderBy(r => r.TenantCode).ThenByDescending(r => r.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(found.Select(MachineClientDto.From).ToList());
    }

    private static async Task<Results<Ok<MachineClientDto>, NotFound, ProblemHttpResult>> GetAsync(string clientId, ClaimsPrincipal user,
        DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.MachineClientRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.ClientId == clientId, ct) is not { } found)
            return TypedResults.NotFound();
        if (MachineClientRules.RefuseManager(user) is { } refused) return refused;
        return TypedResults.Ok(MachineClientDto.From(found));
    }

    public static ProblemHttpResult NotYours() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Không có quyền thay đổi dữ liệu này",
        detail: "Ứng dụng tích hợp thuộc phường, xã khác: chỉ quản trị viên của nơi đó được thu hồi.",
        extensions: new Dictionary<string, object?> { ["code"] = "tenant_forbidden" });
}
