using System.Net;
using System.Text.Json;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// The plans service's 409 <c>duplicate_number</c> as the review page says it: "Số kế hoạch 12/KH-UBND đã có ở Phường Tam
/// Phước" with a link to the plan that has the number (the problem's <c>existingPlanId</c>); the ward named from the
/// directory, "cấp tỉnh" for the province's own.
/// </summary>
public sealed record PlanNumberConflict(string Number, string Owner, string? ExistingPlanId)
{
    public const string Code = "duplicate_number";

    public string Message => $"Số kế hoạch {Number} đã có ở {Owner}";
    public string? Link => ExistingPlanId is { Length: > 0 } id ? $"/plans/{id}" : null;

    public static PlanNumberConflict? From(ServiceAnswer answer, WardDirectory wards, string provinceCode)
    {
        if (answer.Status != HttpStatusCode.Conflict || answer.Body is not { ValueKind: JsonValueKind.Object } problem || problem.Str("code") != Code)
            return null;
        var tenant = problem.Str("tenantCode");
        var owner = tenant.Length == 0 ? "đơn vị này" : tenant == provinceCode ? "cấp tỉnh" : wards.NameOf(tenant);
        return new(problem.Str("number"), owner, problem.Str("existingPlanId") is { Length: > 0 } id ? id : null);
    }
}
