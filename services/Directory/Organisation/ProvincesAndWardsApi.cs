using WardPlatform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;

namespace WardPlatform.Directory.Organisation;

public sealed record ProvinceDto(string Code, string Name, int WardCount, int PhuongCount, int XaCount);

public sealed record WardDto(string Code, string Name, WardKind Kind, string KindLabel, string ProvinceCode, string? FormerDistrict)
{
    public static WardDto From(Ward ward) =>
        new(ward.Code, ward.Name, ward.Kind, OrganisationLabels.Of(ward.Kind), ward.ProvinceCode, ward.FormerDistrict);
}

public static class ProvincesAndWardsApi
{
    public const int MaxQueryLength = 100;

    public static IEndpointRouteBuilder MapProvincesAndWards(this IEndpointRouteBuilder app)
    {
        app.MapGet("/provinces/{code}", GetProvince).WithTags("Tỉnh, phường, xã");
        var wards = app.MapGroup("/wards").WithTags("Tỉnh, phường, xã");
        wards.MapGet("/", ListWards);
        wards.MapGet("/{code}", GetWard);
        return app;
    }

    // Ward staff see their own province too (its name heads every page), though it is not their tenant.
    private static async Task<Results<Ok<ProvinceDto>, NotFound>> GetProvince(string code, DirectoryDbContext db, CancellationToken ct)
    {
        var province = await db.Provinces.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct);
        if (province is null || !(db.Scope.CanRead(province) || (db.Scope.Province == code && code.Length > 0)))
            return TypedResults.NotFound();
        var kinds = await db.Wards.Where(w => w.ProvinceCode == code).GroupBy(w => w.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        int CountOf(WardKind kind) => kinds.FirstOrDefault(k => k.Kind == kind)?.Count ?? 0;
        return TypedResults.Ok(new ProvinceDto(province.Code, province.Name,
            CountOf(WardKind.Phuong) + CountOf(WardKind.Xa), CountOf(WardKind.Phuong), CountOf(WardKind.Xa)));
    }

    /// <summary>The wards the caller may see; <paramref name="q"/> matches names ignoring case and diacritics.</summary>
    private static async Task<Ok<List<WardDto>>> ListWards(DirectoryDbContext db, string? q, CancellationToken ct)
    {
        var wards = db.Wards.AsNoTracking();
        var folded = VietnameseText.Fold(q);
        if (folded.Length > MaxQueryLength) folded = folded[..MaxQueryLength];
        if (folded.Length > 0) wards = wards.Where(w => w.SearchName.Contains(folded));
        var found = await wards.OrderBy(w => w.Kind).ThenBy(w => w.SearchName).ToListAsync(ct);
        return TypedResults.Ok(found.Select(WardDto.From).ToList());
    }

    private static async Task<Results<Ok<WardDto>, NotFound>> GetWard(string code, DirectoryDbContext db, CancellationToken ct) =>
        await db.Wards.AsNoTracking().FirstOrDefaultAsync(w => w.Code == code, ct) is { } ward
            ? TypedResults.Ok(WardDto.From(ward))
            : TypedResults.NotFound();
}
