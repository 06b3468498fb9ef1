using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Http;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Rules;

public sealed record RuleDto(Guid Id, string ProvinceCode, string Form, string RecipientKind, string Name, bool DecidedByWard, bool IsTitle,
    string Criteria, List<string> RequiredParts, decimal VoteShare, bool VoteStrictlyMore, bool SecretBallot, decimal Coefficient,
    DateOnly EffectiveFrom, string LegalSource, decimal? Prize)
{
    public static RuleDto From(AwardRule r, decimal? salary) => new(r.Id, r.ProvinceCode, r.Form, r.RecipientKind, r.Name, r.DecidedByWard,
        r.IsTitle, r.Criteria, r.RequiredParts, r.VoteShare, r.VoteStrictlyMore, r.SecretBallot, r.Coefficient, r.EffectiveFrom, r.LegalSource,
        salary is { } s ? RuleBook.Prize(r.Coefficient, s) : null);
}

public sealed record RuleVersionRequest(string? Form, string? RecipientKind, string? Name, decimal? Coefficient, decimal? VoteShare,
    bool? VoteStrictlyMore, List<string>? RequiredParts, string? Criteria, DateOnly? EffectiveFrom, string? LegalSource);

/// <summary>GET /rules?on=yyyy-MM-dd: the rules in force (with the prize they give); POST /rules: a province's own version.</summary>
public static class RulesApi
{
    public static async Task<Ok<List<RuleDto>>> InForceAsync(DateOnly? on, CommendationsDbContext db, RuleBook book, TimeProvider clock, CancellationToken ct)
    {
        var day = on ?? clock.Today();
        var province = db.Scope.Province;
        var salary = await book.BaseSalaryAsync(province, day, ct);
        return TypedResults.Ok((await book.InForceAsync(province, day, ct)).Select(r => RuleDto.From(r, salary)).ToList());
    }

    public static async Task<Results<Created<RuleDto>, ValidationProblem, ProblemHttpResult>> AddVersionAsync(
        RuleVersionRequest request, ClaimsPrincipal user, CommendationsDbContext db, RuleBook book, CancellationToken ct)
    {
        if (db.Scope.Kind != ScopeKind.Province || user.FindFirstValue(WardClaims.Role) != WardRoles.ProvinceAdministrator)
            return Problems.Forbidden("Chỉ quản trị của tỉnh được ban hành quy định khen thưởng riêng của tỉnh.");
        var errors = new FieldErrors();
        var form = errors.Text("form", request.Form, 50, "Hình thức", required: true);
        var kind = errors.Text("recipientKind", request.RecipientKind, 20, "Đối tượng", required: true);
        var legal = errors.Text("legalSource", request.LegalSource, 500, "Văn bản quy định", required: true);
        if (request.EffectiveFrom is null) errors.Add("effectiveFrom", "required", "Ngày có hiệu lực không được để trống.");
        if (request.Coefficient is < 0 or > 100) errors.Add("coefficient", "out_of_range", "Hệ số tiền thưởng phải từ 0 đến 100.");
        if (request.VoteShare is < 0 or > 1) errors.Add("voteShare", "out_of_range", "Tỷ lệ phiếu phải từ 0 đến 1 (ví dụ 0,8 là 80%).");
        if (request.RequiredParts?.Any(p => p is not (DossierParts.Submission or DossierParts.Minutes or DossierParts.Report or DossierParts.Evidence)) == true)
            errors.Add("requiredParts", "unknown_part", "Thành phần hồ sơ: to-trinh, bien-ban, bao-cao, minh-chung.");
        if (errors.Any) return errors.ToProblem();
        var current = await book.RuleAsync(db.Scope.Province, form!, kind!, request.EffectiveFrom!.Value, ct);
        if (current is null) return errors.Add("form", "unknown_form", "Không có hình thức khen thưởng này cho đối tượng đã chọn.").ToProblem();
        if (await db.AwardRules.AnyAsync(r => r.ProvinceCode == db.Scope.Province && r.Form == form && r.RecipientKind == kind
                && r.EffectiveFrom == request.EffectiveFrom, ct))
            return errors.Add("effectiveFrom", "duplicate_version", "Đã có quy định của tỉnh cho hình thức này từ ngày đó.").ToProblem();

        var rule = new AwardRule
        {
            Id = Guid.CreateVersion7(), ProvinceCode = db.Scope.Province, Form = form!, RecipientKind = kind!,
            Name = VietnameseText.Clean(request.Name) is { Length: > 0 } n ? n : current.Name, DecidedByWard = current.DecidedByWard,
            IsTitle = current.IsTitle, Criteria = VietnameseText.Clean(request.Criteria) is { Length: > 0 } c ? c : current.Criteria,
            RequiredParts = request.RequiredParts ?? current.RequiredParts, VoteShare = request.VoteShare ?? current.VoteShare,
            VoteStrictlyMore = request.VoteStrictlyMore ?? current.VoteStrictlyMore, SecretBallot = current.SecretBallot,
            Coefficient = request.Coefficient ?? current.Coefficient, EffectiveFrom = request.EffectiveFrom.Value, LegalSource = legal!,
        };
        db.AwardRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/rules/{rule.Id}", RuleDto.From(rule, await book.BaseSalaryAsync(rule.ProvinceCode, rule.EffectiveFrom, ct)));
    }
}
