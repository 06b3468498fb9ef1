using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Apis;
using WardPlatform.Directory.Data;
using WardPlatform.Http;

namespace WardPlatform.Directory.Organisation;

public sealed record UnitDto(Guid Id, string TenantCode, string Name, string? ShortName, UnitKind Kind, string KindLabel)
{
    public static UnitDto From(Unit unit) => new(unit.Id, unit.TenantCode, unit.Name, unit.ShortName, unit.Kind, OrganisationLabels.Of(unit.Kind));
}

/// <summary>A unit as sent: <paramref name="TenantCode"/> is read only from a platform administrator.</summary>
public sealed record UnitRequest(string? Name, string? ShortName, UnitKind? Kind, string? TenantCode = null);

public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnits(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/units").WithTags("Đơn vị");
        units.MapGet("/", ListUnits);
        units.MapGet("/page", ListUnitPage.HandleAsync);
        units.MapGet("/{id:guid}", GetUnit);
        units.MapPost("/", CreateUnit);
        units.MapPut("/{id:guid}", UpdateUnit);
        units.MapDelete("/{id:guid}", DeleteUnit);
        return app;
    }

    private static async Task<Ok<List<UnitDto>>> ListUnits(DirectoryDbContext db, string? tenantCode, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(tenantCode)) units = units.Where(u => u.TenantCode == tenantCode);
        var found = await units.OrderBy(u => u.TenantCode).ThenBy(u => u.Name).ToListAsync(ct);
        return TypedResults.Ok(found.Select(UnitDto.From).ToList());
    }

    private static async Task<Results<Ok<UnitDto>, NotFound>> GetUnit(Guid id, DirectoryDbContext db, CancellationToken ct) =>
        await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) is { } unit
            ? TypedResults.Ok(UnitDto.From(unit))
            : TypedResults.NotFound();

    private static async Task<IResult> CreateUnit(UnitRequest request, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        var (target, problem) = await Administrators.TargetAsync(user, db, request.TenantCode, ct);
        if (problem is not null) return problem;
        var errors = new FieldErrors();
        var (name, shortName) = Validate(errors, request);
        if (errors.Any) return errors.ToProblem();

        var unit = new Unit { TenantCode = target!.TenantCode, ProvinceCode = target.ProvinceCode, Name = name!, ShortName = shortName, Kind = request.Kind!.Value };
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/units/{unit.Id}", UnitDto.From(unit));
    }

    private static async Task<IResult> UpdateUnit(Guid id, UnitRequest request, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct) is not { } unit) return TypedResults.NotFound();
        if (Administrators.Refuse(user) is { } refused) return refused;
        var errors = new FieldErrors();
        var (name, shortName) = Validate(errors, request);
        if (errors.Any) return errors.ToProblem();

        unit.Name = name!;
        unit.ShortName = shortName;
        unit.Kind = request.Kind!.Value;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(UnitDto.From(unit));
    }

    /// <summary>People of the unit stay, without a unit; the unit leaves its clusters.</summary>
    private static async Task<IResult> DeleteUnit(Guid id, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        if (await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct) is not { } unit) return TypedResults.NotFound();
        if (Administrators.Refuse(user) is { } refused) return refused;

        foreach (var person in await db.People.Where(p => p.UnitId == id).ToListAsync(ct)) person.UnitId = null;
        db.ClusterMembers.RemoveRange(await db.ClusterMembers.Where(m => m.UnitId == id).ToListAsync(ct));
        db.Units.Remove(unit);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static (string? Name, string? ShortName) Validate(FieldErrors errors, UnitRequest request)
    {
        var name = errors.Name("name", request.Name, 200, "Tên đơn vị");
        var shortName = errors.Name("shortName", request.ShortName, 50, "Tên viết tắt", required: false);
        if (request.Kind is null) errors.Add("kind", "required", "Loại đơn vị không được để trống.");
        return (name, shortName);
    }
}
