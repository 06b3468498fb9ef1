using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Http;
using WardPlatform.Reports.Apis;
using WardPlatform.Reports.Data;
using WardPlatform.Reports.Filing;
using WardPlatform.Reports.Following;

namespace WardPlatform.Reports.Open311;

/// <summary>
/// Open311 GeoReport v2 (reached at the gateway's /open311/v2): each ward is a jurisdiction_id (its code); services are
/// its categories; POST requests needs an api_key issued by a ward or province administrator. GET answers never carry
/// the reporter's contact.
/// </summary>
public static class Open311Api
{
    public const string Prefix = "/open311/v2";

    public static IEndpointRouteBuilder MapOpen311Api(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Open311 GeoReport v2").AllowAnonymous().RequireRateLimiting(PublicRateLimits.Policy);
        group.MapGet("/discovery.{format}", Discovery);
        group.MapGet("/services.{format}", Services);
        group.MapGet("/services/{code}.{format}", Service);
        group.MapGet("/requests.{format}", Requests);
        group.MapPost("/requests.{format}", PostRequest).DisableAntiforgery();
        group.MapGet("/requests/{id}.{format}", Request);
        group.MapGet("/tokens/{token}.{format}", Token);
        return app;
    }

    private static IResult Discovery(string format, HttpRequest http) => !Open311Format.IsKnown(format) ? Open311Format.Error("json", 404, "Unknown format")
        : Open311Format.List(format, "discovery", "discovery", [new Dictionary<string, object?>
        {
            ["changeset"] = "2026-12-01T00:00:00+07:00", ["contact"] = "Bộ phận tiếp nhận phản ánh của phường, xã", ["key_service"] = "Quản trị phường, xã cấp api_key",
            ["endpoints"] = new[] { new Dictionary<string, object?>
            {
                ["specification"] = "http://wiki.open311.org/GeoReport_v2", ["url"] = Prefix, ["changeset"] = "2026-12-01T00:00:00+07:00",
                ["type"] = "production", ["formats"] = new[] { "text/xml", "application/json" },
            } },
        }]);

    private static async Task<(Places.ReportingWard?, IResult?)> JurisdictionAsync(string format, string? jurisdiction, PublicDb publicDb, CancellationToken ct)
    {
        if (!Open311Format.IsKnown(format)) return (null, Open311Format.Error("json", 404, "Unknown format"));
        if (string.IsNullOrWhiteSpace(jurisdiction)) return (null, Open311Format.Error(format, 400, "jurisdiction_id is required"));
        return await publicDb.WardAsync(jurisdiction, ct) is { } ward ? (ward, null) : (null, Open311Format.Error(format, 404, "Unknown jurisdiction_id"));
    }

    private static async Task<IResult> Services(string format, string? jurisdiction_id, PublicDb publicDb, CancellationToken ct)
    {
        var (ward, error) = await JurisdictionAsync(format, jurisdiction_id, publicDb, ct);
        if (error is not null) return error;
        await using var db = publicDb.ForWard(ward!.TenantCode, ward.ProvinceCode);
        var categories = await db.Categories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Ordinal).ToListAsync(ct);
        return Open311Format.List(format, "services", "service", categories.Select(c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["service_code"] = c.Code, ["service_name"] = c.Name, ["description"] = $"{c.Name}: {c.Unit} giải quyết trong {c.DeadlineDays} ngày làm việc",
            ["metadata"] = false, ["type"] = "realtime", ["keywords"] = "", ["group"] = c.Unit,
        }));
    }

    private static async Task<IResult> Service(string code, string format, string? jurisdiction_id, PublicDb publicDb, CancellationToken ct)
    {
        var (ward, error) = await JurisdictionAsync(format, jurisdiction_id, publicDb, ct);
        if (error is not null) return error;
        await using var db = publicDb.ForWard(ward!.TenantCode, ward.ProvinceCode);
        if (!await db.Categories.AnyAsync(c => c.Code == code && c.Active, ct)) return Open311Format.Error(format, 404, "Unknown service_code");
        return Open311Format.List(format, "service_definition", "service_definition",
            [new Dictionary<string, object?> { ["service_code"] = code, ["attributes"] = Array.Empty<IReadOnlyDictionary<string, object?>>() }]);
    }

    private static IReadOnlyDictionary<string, object?> RequestOf(Report r, Places.ReportingWard ward) => new Dictionary<string, object?>
    {
        ["service_request_id"] = r.Id.ToString(), ["status"] = ReportStatuses.IsOpen(r.Status) ? "open" : "closed",
        ["status_notes"] = r.ResolutionNote ?? r.RejectReason, ["service_name"] = r.CategoryName, ["service_code"] = r.CategoryCode,
        ["description"] = r.Description, ["agency_responsible"] = r.Unit, ["service_notice"] = ReportStatuses.Label(r.Status),
        ["requested_datetime"] = Open311Format.Date(r.ReceivedAt), ["updated_datetime"] = Open311Format.Date(r.UpdatedAt),
        ["expected_datetime"] = Open311Format.Date(new DateTimeOffset((r.ExtendedTo ?? r.DueOn).ToDateTime(new TimeOnly(17, 0)), VietnamClock.Offset)),
        ["address"] = string.Join(", ", new[] { r.HouseNumber, r.Street, r.NeighbourhoodName, ward.Name }.Where(s => !string.IsNullOrEmpty(s))),
        ["lat"] = r.Latitude, ["long"] = r.Longitude,
    };

    private static async Task<IResult> Requests(string format, string? jurisdiction_id, string? service_request_id, string? service_code,
        string? start_date, string? end_date, string? status, PublicDb publicDb, TimeProvider clock, CancellationToken ct)
    {
        var (ward, error) = await JurisdictionAsync(format, jurisdiction_id, publicDb, ct);
        if (error is not null) return error;
        await using var db = publicDb.ForWard(ward!.TenantCode, ward.ProvinceCode);
        var query = db.Reports.AsNoTracking().Where(r => r.Status != ReportStatus.Duplicate);
        if (!string.IsNullOrWhiteSpace(service_request_id))
        {
            var ids = service_request_id.Split(',').Select(s => Guid.TryParse(s.Trim(), out var g) ? g : Guid.Empty).ToList();
            query = query.Where(r => ids.Contains(r.Id));
        }
        if (!string.IsNullOrWhiteSpace(service_code)) query = query.Where(r => r.CategoryCode == service_code);
        if (status is "open") query = query.Where(r => ReportStatuses.Open.Contains(r.Status));
        else if (status is "closed") query = query.Where(r => !ReportStatuses.Open.Contains(r.Status));
        else if (!string.IsNullOrEmpty(status)) return Open311Format.Error(format, 400, "status must be open or closed");
        DateTimeOffset? from = null, to = null;
        if (start_date is { Length: > 0 }) { if (DateTimeOffset.TryParse(start_date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)) from = f; else return Open311Format.Error(format, 400, "start_date is not ISO 8601"); }
        if (end_date is { Length: > 0 }) { if (DateTimeOffset.TryParse(end_date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) to = t; else return Open311Format.Error(format, 400, "end_date is not ISO 8601"); }
        if (from is { } a && to is { } b && (b - a).TotalDays > 90) return Open311Format.Error(format, 400, "start_date and end_date must be at most 90 days apart");
        if (from is null && to is null) from = clock.GetUtcNow().AddDays(-90);
        if (from is { } since) query = query.Where(r => r.ReceivedAt >= since);
        if (to is { } until) query = query.Where(r => r.ReceivedAt <= until);
        var reports = await query.OrderByDescending(r => r.ReceivedAt).Take(1000).ToListAsync(ct);
        return Open311Format.List(format, "service_requests", "request", reports.Select(r => RequestOf(r, ward)));
    }

    private static async Task<IResult> Request(string id, string format, string? jurisdiction_id, PublicDb publicDb, CancellationToken ct)
    {
        var (ward, error) = await JurisdictionAsync(format, jurisdiction_id, publicDb, ct);
        if (error is not null) return error;
        await using var db = publicDb.ForWard(ward!.TenantCode, ward.ProvinceCode);
        var report = Guid.TryParse(id, out var guid) ? await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == guid, ct) : null;
        return report is null ? Open311Format.Error(format, 404, "Unknown service_request_id")
            : Open311Format.List(format, "service_requests", "request", [RequestOf(report, ward)]);
    }

    /// <summary>The token is the request's tracking code: it answers the service_request_id.</summary>
    private static async Task<IResult> Token(string token, string format, string? jurisdiction_id, PublicDb publicDb, CancellationToken ct)
    {
        var (ward, error) = await JurisdictionAsync(format, jurisdiction_id, publicDb, ct);
        if (error is not null) return error;
        await using var db = publicDb.ForWard(ward!.TenantCode, ward.ProvinceCode);
        var code = TrackingCode.Normalise(token);
        var found = code is null ? null : await db.TrackingCodes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct);
        return found is null ? Open311Format.Error(format, 404, "Unknown token")
            : Open311Format.List(format, "service_requests", "request", [new Dictionary<string, object?> { ["service_request_id"] = found.ReportId.ToString(), ["token"] = token }]);
    }

    private static async Task<IResult> PostRequest(string format, HttpRequest http, PublicDb publicDb, ReportIntake intake, CancellationToken ct)
    {
        if (!Open311Format.IsKnown(format)) return Open311Format.Error("json", 404, "Unknown format");
        if (!http.HasFormContentType) return Open311Format.Error(format, 400, "The request must be form-encoded");
        var form = await http.ReadFormAsync(ct);
        var key = form["api_key"].ToString();
        if (key.Length == 0) return Open311Format.Error(format, 403, "api_key is required");
        var (ward, error) = await JurisdictionAsync(format, form["jurisdiction_id"], publicDb, ct);
        if (error is not null) return error;
        await using (var system = publicDb.System())
        {
            var hash = Open311Key.Hash(key);
            var stored = await system.Open311Keys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash, ct);
            if (stored is null || !stored.Covers(ward!.TenantCode, ward.ProvinceCode)) return Open311Format.Error(format, 403, "Invalid api_key");
        }
        var errors = new FieldErrors();
        double? Coordinate(string field)
        {
            var text = form[field].ToString();
            if (text.Length == 0) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
            errors.Add(field, "invalid", "not a number");
            return null;
        }
        var name = string.Join(' ', new[] { form["first_name"].ToString(), form["last_name"].ToString() }.Where(s => s.Length > 0));
        var phone = form["phone"].ToString();
        var input = new ReportInput(form["service_code"], null, form["address_string"], null, Coordinate("lat"), Coordinate("long"),
            form["description"], name.Length > 0 ? name : null, phone.Length > 0 ? phone : null, Anonymous: phone.Length == 0);
        var checkedInput = ReportRules.Check(input, errors, phoneRequired: false);
        TakenReport? taken = null;
        if (checkedInput is not null)
        {
            await using var db = publicDb.ForWard(ward!.TenantCode, ward.ProvinceCode);
            taken = await intake.TakeAsync(db, checkedInput, [], "open311", Actor.Citizen, errors, ct);
        }
        if (taken is null)
        {
            var codes = errors.ToProblem().ProblemDetails.Errors;
            return Open311Format.Error(format, 400, string.Join("; ", codes.Select(e => $"{Open311Name(e.Key)}: {string.Join(' ', e.Value)}")));
        }
        return Open311Format.List(format, "service_requests", "request", [new Dictionary<string, object?>
        {
            ["service_request_id"] = taken.Report.Id.ToString(), ["token"] = TrackingCode.Show(taken.TrackingCode),
            ["service_notice"] = $"Hạn giải quyết {VietnamClock.Show(taken.Report.DueOn)}", ["account_id"] = null,
        }], 201);
    }

    private static string Open311Name(string field) => field switch
    {
        "category" => "service_code", "street" => "address_string", "latitude" => "lat", "longitude" => "long", "reporterPhone" => "phone",
        "reporterName" => "first_name", _ => field,
    };
}
