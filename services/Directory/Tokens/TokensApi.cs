using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;
using WardPlatform.Http;

namespace WardPlatform.Directory.Tokens;

public sealed record CreateTokenRequest(string? Name, int? ExpiresInDays);
public sealed record TokenDto(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public static TokenDto From(PersonalAccessToken t) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
/// <summary>The only time the secret is shown.</summary>
public sealed record CreatedTokenDto(TokenDto Token, string Secret);

/// <summary>A signed-in person's own personal API tokens: create, list, revoke.</summary>
public static class TokensApi
{
    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/tokens").WithTags("Mã truy cập cá nhân");
        tokens.MapGet("/", ListAsync);
        tokens.MapPost("/", CreateAsync);
        tokens.MapDelete("/{id:guid}", RevokeAsync);
        return app;
    }

    private static Guid? PersonOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue("sub"), out var id) ? id : null;

    private static async Task<Ok<List<TokenDto>>> ListAsync(ClaimsPrincipal user, DirectoryDbContext db, CancellationToken ct)
    {
        var person = PersonOf(user);
        return TypedResults.Ok(await db.PersonalAccessTokens.AsNoTracking().Where(t => t.PersonId == person)
            .OrderByDescending(t => t.CreatedAt).Select(t => TokenDto.From(t)).ToListAsync(ct));
    }

    private static async Task<Results<Created<CreatedTokenDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTokenRequest request, ClaimsPrincipal user, DirectoryDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var name = VietnameseText.Clean(request.Name);
        var errors = new FieldErrors().RequireText("name", name, 100, "Tên mã truy cập");
        var days = request.ExpiresInDays ?? 90;
        if (days is < 1 or > 366) errors.Add("expiresInDays", "out_of_range", "Thời hạn phải từ 1 đến 366 ngày.");
        if (errors.Any) return errors.ToProblem();

        // Only a person (not a machine client) has personal tokens; the person is read through the tenant filter.
        var personId = PersonOf(user);
        var person = personId is null ? null : await db.People.FirstOrDefaultAsync(p => p.Id == personId && p.IsActive, ct);
        if (person is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không tạo được mã truy cập",
                detail: "Chỉ người dùng đã đăng nhập mới tạo được mã truy cập cá nhân.",
                extensions: new Dictionary<string, object?> { ["code"] = "not_a_person" });

        var now = clock.GetUtcNow();
        var (token, secret) = PersonalTokens.Create(person, name!, now.AddDays(days), now);
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/tokens/{token.Id}", new CreatedTokenDto(TokenDto.From(token), secret));
    }

    private static async Task<Results<Ok<TokenDto>, NotFound>> RevokeAsync(Guid id, ClaimsPrincipal user, DirectoryDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var person = PersonOf(user);
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.PersonId == person, ct);
        if (token is null) return TypedResults.NotFound();
        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(TokenDto.From(token));
    }
}
