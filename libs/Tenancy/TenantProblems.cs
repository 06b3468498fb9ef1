using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WardPlatform.Tenancy;

public static class TenantProblems
{
    /// <summary>403 with a Vietnamese title and reason and a machine-readable <paramref name="code"/>.</summary>
    public static ProblemHttpResult Forbidden(string title, string detail, string code) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: title, detail: detail,
        extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The caller has no ward or province of its own (a platform administrator) to create records in.</summary>
    public static ProblemHttpResult NoOwnTenant() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Không thuộc đơn vị nào",
        detail: "Tài khoản không gắn với phường, xã hay tỉnh nào nên không thể tạo dữ liệu.",
        extensions: new Dictionary<string, object?> { ["code"] = "no_own_tenant" });
}
