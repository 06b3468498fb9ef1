using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using WardPlatform.Http;
using WardPlatform.Rankings.Apis;
using WardPlatform.Rankings.Data;
using WardPlatform.Tenancy;

namespace WardPlatform.Rankings.Facts;

public sealed record EnteredUpload(string Key, int Year, int Rows, int NotApplicable);

/// <summary>
/// POST /entered-values/workbook (multipart: file, key, year, record): the province's values per ward for a year from
/// an Excel sheet (<see cref="EnteredSheet"/>), stored like the hand entry (PUT /entered-values), all rows or none. A
/// ward's chairman or administrator uploads its neighbourhoods' values the same way, with the ward's neighbourhoods
/// (field <c>neighbourhoods</c>: JSON <c>[{"id", "name"}]</c>, as the directory lists them) to read their names by.
/// </summary>
public static class UploadEntered
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxNeighbourhoods = 2_000;

    private sealed record NeighbourhoodName(Guid Id, string? Name);

    public static async Task<Results<Ok<EnteredUpload>, ValidationProblem, ProblemHttpResult>> HandleAsync(HttpRequest request,
        RankingsDbContext db, TenantScope scope, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var ofNeighbourhoods = RankingAccess.IsWardManager(scope, user);
        if (!ofNeighbourhoods && !RankingAccess.IsProvinceStaff(scope)) return RankingAccess.ProvinceOnly();
        var errors = new FieldErrors();
        var (form, content) = await UploadedForm.ReadFileAsync(request, EnteredSheet.Field, MaxBytes,
            ofNeighbourhoods ? "Chọn tệp Excel (.xlsx) số liệu theo khu phố, ấp." : "Chọn tệp Excel (.xlsx) số liệu theo phường.", errors, ct);
        var neighbourhoods = ofNeighbourhoods && form is not null ? NeighbourhoodsOf(form["neighbourhoods"].ToString(), errors) : null;
        var key = form?["key"].ToString().Trim();
        var yearText = form?["year"].ToString().Trim();
        int? year = int.TryParse(yearText, out var y) ? y : null;
        if (form is not null && (key is null || !Definitions.EnteredKeys.IsValid(key)))
            errors.Add("key", "invalid_key", "Mã số liệu gồm chữ thường không dấu, chữ số và dấu gạch (tối đa 50 ký tự).");
        if (form is not null && year is not (>= 2000 and <= 2100)) errors.Add("year", "invalid_year", "Năm không hợp lệ.");
        if (content is not null && UploadedFileTypes.ContentTypeOf(".xlsx", content) is null)
            errors.Add(EnteredSheet.Field, "not_a_workbook", "Tệp phải là Excel (.xlsx) có các cột Mã phường, Tên phường, Giá trị.");
        if (errors.Any) return errors.ToProblem();

        var rows = EnteredSheet.Read(content!, VietnameseText.Clean(form!["record"].ToString()), errors, neighbourhoods);
        if (errors.Any) return errors.ToProblem();
        var stored = await EnteredEndpoints.StoreAsync(key!, year!.Value, rows.Select(r => r.Row).ToList(), db, scope, clock, ct);
        return TypedResults.Ok(new EnteredUpload(key!, year.Value, stored, rows.Count(r => r.Row.NotApplicable == true)));
    }

    private static Dictionary<Guid, string>? NeighbourhoodsOf(string json, FieldErrors errors)
    {
        try
        {
            var list = JsonSerializer.Deserialize<List<NeighbourhoodName>>(json, JsonSerializerOptions.Web);
            if (list is { Count: > 0 and <= MaxNeighbourhoods } && list.All(n => n.Id != Guid.Empty && !string.IsNullOrWhiteSpace(n.Name)))
                return list.DistinctBy(n => n.Id).ToDictionary(n => n.Id, n => VietnameseText.Clean(n.Name)!);
        }
        catch (JsonException) { }
        errors.Add("neighbourhoods", "invalid_neighbourhoods", "Cần danh mục khu phố, ấp của phường (mã và tên) để đọc tệp.");
        return null;
    }
}
