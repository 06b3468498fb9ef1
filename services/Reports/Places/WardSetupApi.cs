using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Categories;
using WardPlatform.Reports.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Reports.Places;

public sealed record NeighbourhoodInput(Guid Id, string? Name);
public sealed record NewCategoryRequest(string? Code, string? Name, string? Unit, int? DeadlineDays, bool? Active);
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
        group.MapPost("/categories", AddCategoryAsync);
        group.MapPut("/categories/{code}", UpdateCategoryAsync);
        group.MapPost("/categories/{code}/province-version", FollowProvinceAsync);
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

    /// <summary>The ward administrator adds a category of the ward's own, with a new code; the province's changes never reach it.</summary>
    private static async Task<IResult> AddCategoryAsync(NewCategoryRequest request, ClaimsPrincipal user, ReportsDbContext db, CancellationToken ct)
    {
        if (db.Scope.Kind != ScopeKind.Ward) return Handling.ReportProblems.ReadOnly();
        if (Refused(user) is { } refused) return refused;
        if (await db.Wards.AnyAsync(ct) is false) return TypedResults.NotFound();
        var code = request.Code?.Trim() ?? "";
        var errors = new FieldErrors().CheckCode(code);
        var values = errors.Check(new CategoryRequest(request.Name, request.Unit, request.DeadlineDays, request.Active));
        if (errors.Any || values is null) return errors.ToProblem();
        if (await db.Categories.AnyAsync(c => c.Code == code, ct))
            return FieldErrors.Conflict("Mã đã có", $"Phường đã có loại phản ánh mã “{code}”: hãy sửa loại đó.", "duplicate_code");
        var last = await db.Categories.MaxAsync(c => (int?)c.Ordinal, ct) ?? -1;
        var category = new Category
        {
            TenantCode = db.Scope.Tenant, ProvinceCode = db.Scope.Province, Code = code, Name = values.Name, Unit = values.Unit,
            DeadlineDays = values.DeadlineDays, Active = values.Active, Ordinal = last + 1, WardOverride = true,
        };
        db.Categories.Add(category);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return FieldErrors.Conflict("Mã đã có", $"Loại phản ánh mã “{code}” vừa được thêm cùng lúc: hãy tải lại trang.", "duplicate_code");
        }
        return TypedResults.Created($"/setup/categories/{code}", Dto(category));
    }

    /// <summary>The ward administrator edits one of its categories: from then on the ward's own, the province's changes no longer reach it.</summary>
    private static async Task<IResult> UpdateCategoryAsync(string code, CategoryRequest request, ClaimsPrincipal user, ReportsDbContext db, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Code == code, ct);
        if (category is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(category)) return Handling.ReportProblems.ReadOnly();
        if (Refused(user) is { } refused) return refused;
        var errors = new FieldErrors();
        if (errors.Check(request) is not { } values) return errors.ToProblem();
        category.Name = values.Name;
        category.Unit = values.Unit;
        category.DeadlineDays = values.DeadlineDays;
        category.Active = values.Active;
        category.WardOverride = true;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Dto(category));
    }

    /// <summary>A category the ward edited takes the province's version again and follows the province's changes from then on.</summary>
    private static async Task<IResult> FollowProvinceAsync(string code, ClaimsPrincipal user, ReportsDbContext db, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Code == code, ct);
        if (category is null) return TypedResults.NotFound();
        if (!db.Scope.CanWrite(category)) return Handling.ReportProblems.ReadOnly();
        if (Refused(user) is { } refused) return refused;
        var province = (await ProvinceCategories.ListAsync(db, category.ProvinceCode, ct)).FirstOrDefault(c => c.Code == code);
        if (province is null)
            return FieldErrors.Conflict("Tỉnh không có loại phản ánh này",
                "Loại phản ánh này do phường tự thêm nên không có phiên bản của tỉnh; có thể ngừng nhận loại này.", "not_in_province");
        ProvinceCategories.Follow(category, province);
        category.WardOverride = false;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Dto(category));
    }

    private static ProblemHttpResult? Refused(ClaimsPrincipal user) => user.FindFirstValue(WardClaims.Role) == WardRoles.WardAdministrator ? null
        : TenantProblems.Forbidden("Không có quyền", "Chỉ quản trị của phường được sửa danh mục loại phản ánh của phường.", "ward_admin_only");

    private static CategoryDto Dto(Category c) => new(c.Code, c.Name, c.Unit, c.DeadlineDays, c.Active, c.WardOverride);
}
