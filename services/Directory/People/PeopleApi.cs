using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Directory.Data;

namespace WardPlatform.Directory.People;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/people").WithTags("Người dùng");
        people.MapGet("/", ListPeople);
        people.MapGet("/{id:guid}", GetPerson);
        people.MapPost("/", CreatePerson.HandleAsync);
        people.MapPut("/{id:guid}", UpdatePerson.HandleAsync);
        people.MapPost("/{id:guid}/password", SetPassword.HandleAsync);
        return app;
    }

    private static async Task<Ok<List<PersonDto>>> ListPeople(DirectoryDbContext db, string? tenantCode, CancellationToken ct)
    {
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(tenantCode)) people = people.Where(p => p.TenantCode == tenantCode);
        var found = await people.OrderBy(p => p.TenantCode).ThenBy(p => p.UserName).ToListAsync(ct);
        return TypedResults.Ok(found.Select(PersonDto.From).ToList());
    }

    private static async Task<Results<Ok<PersonDto>, NotFound>> GetPerson(Guid id, DirectoryDbContext db, CancellationToken ct) =>
        await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } person
            ? TypedResults.Ok(PersonDto.From(person))
            : TypedResults.NotFound();
}
