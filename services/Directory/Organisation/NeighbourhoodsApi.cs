using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Http;

namespace WardPlatform.Directory.Organisation;

public sealed record NeighbourhoodDto(Guid Id, string TenantCode, string Name, NeighbourhoodKind Kind, string KindLabel)
{
    public static NeighbourhoodDto From(Neighbourhood n) => new(n.Id, n.TenantCode, n.Name, n.Kind, OrganisationLabels.Of(n.Kind));
}

/// <summary>A neighbourhood as sent: <paramref name="TenantCode"/> is read only from a platform administrator.</summary>
public sealed record NeighbourhoodRequest(string? Name, NeighbourhoodKind? Kind, string? TenantCode = null);

public static class NeighbourhoodsApi
{
    public static IEndpointRouteBuilder MapNeighbourhoods(this IEndpointRouteBuilder app)
    {
        var neighbourhoods = app.MapGroup("/neighbourhoods").WithTags("Khu phố, ấp");
        neighbourhoods.MapGet("/", ListNeighbourhoods);
        neighbourhoods.MapGet("/{id:guid}", GetNeighbourhood);
        neighbourhoods.MapPost("/", CreateNeighbourhood);
        neighbourhoods.MapPut("/{id:guid}", UpdateNeighbourhood);
        neighbourhoods.MapDelete("/{id:guid}", DeleteNeighbourhood);
        return app;
    }

    private static async Task<Ok<List<NeighbourhoodDto>>> ListNeighbourhoods(DirectoryDbContext db, string? tenantCode, CancellationToken ct)
    {
        var neighbourhoods = db.Neighbourhoods.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(tenantCode)) neighbourhoods = neighbourhoods.Where(n => n.TenantCode == tenantCode);
        var found = await neighbourhoods.OrderBy(n => n.TenantCode).ThenBy(n => n.Name).ToListAsync(ct);
        return TypedResults.Ok(found.Select(NeighbourhoodDto.From).ToList());
    }

    private static async Task<Results<Ok<NeighbourhoodDto>, NotFound>> GetNeighbourhood(Guid id, DirectoryDbContext db, CancellationToken ct) =>
        await db.Neighbourhoods.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct) is { } neighbourhood
            ? TypedResults.Ok(NeighbourhoodDto.From(neighbourhood))
            : TypedResults.NotFound();

    private static async Task<IResult> CreateNeighbourhood(NeighbourhoodRequest request, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        var (target, problem) = await Administrators.TargetAsync(user, db, request.TenantCode, ct);
        if (problem is not null) return problem;
        if (!target!.IsWard) return Administrators.WardOnly("Khu phố, tổ dân phố, ấp");
        var errors = new FieldErrors();
        var name = Validate(errors, request);
        if (errors.Any) return errors.ToProblem();

        var neighbourhood = new Neighbourhood { TenantCode = target.TenantCode, ProvinceCode = target.ProvinceCode, Name = name!, Kind = request.Kind!.Value };
        db.Neighbourhoods.Add(neighbourhood);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/neighbourhoods/{neighbourhood.Id}", NeighbourhoodDto.From(neighbourhood));
    }

    private static async Task<IResult> UpdateNeighbourhood(Guid id, NeighbourhoodRequest request, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.Neighbourhoods.FirstOrDefaultAsync(n => n.Id == id, ct) is not { } neighbourhood) return TypedResults.NotFound();
        if (Administrators.Refuse(user) is { } refused) return refused;
        var errors = new FieldErrors();
        var name = Validate(errors, request);
        if (errors.Any) return errors.ToProblem();

        neighbourhood.Name = name!;
        neighbourhood.Kind = request.Kind!.Value;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(NeighbourhoodDto.From(neighbourhood));
    }

    private static async Task<IResult> DeleteNeighbourhood(Guid id, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.Neighbourhoods.FirstOrDefaultAsync(n => n.Id == id, ct) is not { } neighbourhood) return TypedResults.NotFound();
        if (Administrators.Refuse(user) is { } refused) return refused;
        db.Neighbourhoods.Remove(neighbourhood);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static string? Validate(FieldErrors errors, NeighbourhoodRequest request)
    {
        var name = errors.Name("name", request.Name, 200, "Tên khu phố, ấp");
        if (request.Kind is null) errors.Add("kind", "required", "Loại (khu phố, tổ dân phố, ấp) không được để trống.");
        return name;
    }
}
