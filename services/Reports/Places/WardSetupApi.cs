using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Categories;
using WardPlatform.Reports.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Places;

public sealed record NeighbourhoodInput(Guid Id, string? Name);
public sealed record OpenWardRequest(string? Name, List<NeighbourhoodInput>? Neighbourhoods);
public sealed record WardSetup(string Code, string Name, IReadOnlyList<NeighbourhoodInput> Neighbourhoods, IReadOnlyList<CategoryDto> Categories);
/// <summary><see cref="WardOverride"/>: the ward edited it, so the province's changes no longer reach it.</summary>
public sealed record CategoryDto(string Code, string Name, string Unit, int DeadlineDays, bool Active, bool WardOverride);

/// <summary>
/// A ward opens to citizens' reports with its name and neighbourhoods as the directory lists them (the web front sends
/// them from the directory with the staff member's own token), with its province's categories, and edits them: routing
/// unit, deadline (an edited category is the ward's own from then on: see <see cref="ProvinceCategories"/>).
/// </summary>
public static class WardSetupApi
{
    public static IEndpointRouteBuilder MapWardSetupApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/setup").WithTags("Thiết lập tiếp nhận phản ánh");
        group.MapGet("/", GetAsync);
        group.MapPut("/", OpenAsync);
        group.MapPut("/categories/{code}", UpdateCategoryAsync);
        return app;
    }

    private static async Task<Results<Ok<WardSetup>, NotFound>> GetAsync(ReportsDbContext db, CancellationToken ct)
    {
        if (db.Scope.Kind != ScopeKind.Ward) return TypedResults.NotFound();
        var ward = await db.Wards.AsNoTracking().FirstOrDefaultAsync(w => w.TenantCode == db.Scope.Tenant, ct);
        return ward is null ? TypedResults.NotFound() : TypedResults.Ok(await SetupOfAsync(db, ward, ct));
    }

    private static async Task<WardSetup> SetupOfAsync(ReportsDbContext db, ReportingWard ward, CancellationToken ct) => new(
        ward.TenantCode, ward.Name,
        await db.Neighbourhoods.AsNoTracking().OrderBy(n => n.Name).Select(n => new NeighbourhoodInput(n.Id, n.Name)).ToListAsync(ct),
        await db.Categories.AsNoTracking().OrderBy(c => c.Ordinal).Select(c => new CategoryDto(c.Code, c.Name, c.Unit, c.DeadlineDays, c.Active, c.WardOverride)).ToListAsync(ct));

    private static async Task<IResult> OpenAsync(OpenWardRequest request, ReportsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (db.Scope.Kind != ScopeKind.Ward) return Handling.ReportProblems.ReadOnly();
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, 200, "Tên phường", required: true);
        var neighbourhoods = request.Neighbourhoods ?? [];
        if (neighbourhoods.Count > 500) errors.Add("neighbourhoods", "too_many", "Quá nhiều khu phố.");
        foreach (var (n, i) in neighbourhoods.Select((n, i) => (n, i)))
            errors.Text($"neighbourhoods[{i}].name", n.Name, 200, "Tên khu phố", required: true);
        if (errors.Any) return errors.ToProblem();

        var (tenant, province) = (db.Scope.Tenant, db.Scope.Province);
        var ward = await db.Wards.FirstOrDefaultAsync(w => w.TenantCode == tenant, ct);
        if (ward is null)
        {
            ward = new ReportingWard { TenantCode = tenant, ProvinceCode = province, Name = name!, SearchName = VietnameseText.Fold(name) };
            db.Wards.Add(ward);
            db.Categories.AddRange((await ProvinceCategories.ListAsync(db, province, ct)).Select(c => ProvinceCategories.ForWard(c, tenant)));
        }
        ward.Name = name!;
        ward.SearchName = VietnameseText.Fold(name);
        ward.UpdatedAt = clock.GetUtcNow();
        var stored = await db.Neighbourhoods.ToDictionaryAsync(n => n.Id, ct);
        foreach (var n in neighbourhoods.DistinctBy(n => n.Id))
        {
            if (stored.TryGetValue(n.Id, out var existing)) existing.Name = VietnameseText.Clean(n.Name)!;
            else db.Neighbourhoods.Add(new ReportingNeighbourhood { Id = n.Id, TenantCode = tenant, ProvinceCode = province, Name = VietnameseText.Clean(n.Name)! });
        }
        // A neighbourhood the directory no longer lists is kept: old reports still name it.
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await SetupOfAsync(db, ward, ct));
    }

    private static async Task<IResult> UpdateCategoryAsync(string code, CategoryRequest request, ReportsDbContext db, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Code == code, ct);
        if (category is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(category)) return Handling.ReportProblems.ReadOnly();
        var errors = new FieldErrors();
        if (errors.Check(request) is not { } values) return errors.ToProblem();
        category.Name = values.Name;
        category.Unit = values.Unit;
        category.DeadlineDays = values.DeadlineDays;
        category.Active = values.Active;
        category.WardOverride = true;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CategoryDto(category.Code, category.Name, category.Unit, category.DeadlineDays, category.Active, category.WardOverride));
    }
}
