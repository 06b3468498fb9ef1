using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Categories;

public sealed record ProvinceCategoryDto(string Code, string Name, string Unit, int DeadlineDays, bool Active, int WardsOverriding);
public sealed record ProvinceCategorySaved(ProvinceCategoryDto Category, int WardsFollowing);

/// <summary>
/// A province's categories, which its wards inherit (<see cref="ProvinceCategories"/>): its staff read them, its
/// administrator edits one or adds one with a new code.
/// </summary>
public static class ProvinceCategoriesApi
{
    public static IEndpointRouteBuilder MapProvinceCategoriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/province/categories").WithTags("Loại phản ánh của tỉnh");
        group.MapGet("/", ListAsync);
        group.MapPut("/{code}", PutAsync);
        return app;
    }

    private static ProblemHttpResult ProvinceOnly(string detail) => TenantProblems.Forbidden("Không có quyền", detail, "province_only");

    private static async Task<Results<Ok<List<ProvinceCategoryDto>>, ProblemHttpResult>> ListAsync(ReportsDbContext db, CancellationToken ct)
    {
        if (db.Scope.Kind != ScopeKind.Province) return ProvinceOnly("Chỉ cán bộ cấp tỉnh được xem danh mục loại phản ánh của tỉnh.");
        var province = db.Scope.Province;
        var categories = await ProvinceCategories.ListAsync(db, province, ct);
        var overriding = await db.Categories.AsNoTracking().Where(c => c.ProvinceCode == province && c.WardOverride)
            .GroupBy(c => c.Code).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return TypedResults.Ok(categories.Select(c => Dto(c, overriding.GetValueOrDefault(c.Code))).ToList());
    }

    private static async Task<Results<Ok<ProvinceCategorySaved>, Created<ProvinceCategorySaved>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string code, CategoryRequest request, ClaimsPrincipal user, ReportsDbContext db, PublicDb databases, CancellationToken ct)
    {
        if (db.Scope.Kind != ScopeKind.Province || user.FindFirstValue(WardClaims.Role) != WardRoles.ProvinceAdministrator)
            return ProvinceOnly("Chỉ quản trị của tỉnh được sửa danh mục loại phản ánh của tỉnh.");
        var errors = new FieldErrors().CheckCode(code);
        var values = errors.Check(request);
        if (errors.Any || values is null) return errors.ToProblem();

        // The province's row and its wards' rows in one save: the service's own context, as province staff may not write a ward's.
        var province = db.Scope.Province;
        await using var system = databases.System();
        var list = await ProvinceCategories.ListAsync(system, province, ct);
        if (system.Entry(list[0]).State == EntityState.Detached) system.ProvinceCategories.AddRange(list);   // first edit: the defaults are stored
        var category = list.FirstOrDefault(c => c.Code == code);
        var added = category is null;
        if (category is null)
        {
            category = new ProvinceCategory
            {
                TenantCode = province, ProvinceCode = province, Code = code, Name = values.Name, Unit = values.Unit, Ordinal = list.Max(c => c.Ordinal) + 1,
            };
            system.ProvinceCategories.Add(category);
        }
        category.Name = values.Name;
        category.Unit = values.Unit;
        category.DeadlineDays = values.DeadlineDays;
        category.Active = values.Active;
        var following = await ProvinceCategories.CarryToWardsAsync(system, category, ct);
        try { await system.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Another edit of the list, or a ward opening, stored the same row meanwhile: nothing of this one is stored.
            return FieldErrors.Conflict("Danh mục vừa thay đổi", "Danh mục loại phản ánh vừa được cập nhật cùng lúc. Hãy tải lại và thử lại.",
                "concurrent_change");
        }

        var overriding = await system.Categories.CountAsync(c => c.ProvinceCode == province && c.Code == code && c.WardOverride, ct);
        var saved = new ProvinceCategorySaved(Dto(category, overriding), following);
        return added ? TypedResults.Created($"/province/categories/{code}", saved) : TypedResults.Ok(saved);
    }

    private static ProvinceCategoryDto Dto(ProvinceCategory c, int overriding) => new(c.Code, c.Name, c.Unit, c.DeadlineDays, c.Active, overriding);
}
