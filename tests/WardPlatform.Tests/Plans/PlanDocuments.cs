using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Messaging.Outbox;
using WardPlatform.Plans.Apis;
using WardPlatform.Plans.Data;
using WardPlatform.Plans.Importing;
using WardPlatform.Plans.Reading;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Plans;

/// <summary>Helpers of the plan document tests: seeds as drafts, confirming, reading back, the outbox's events.</summary>
public static class PlanDocuments
{
    public const string TamPhuocSeed = "ke-hoach-tam-phuoc-500-ngay-dem-2026";
    public const string BinhPhuocSeed = "ke-hoach-binh-phuoc-2025";
    public const string BacSonSeed = "ke-hoach-bac-son-2025";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static PlanDraft Seed(string name) =>
        PlanImporter.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", "Seeds", name + ".md")));

    /// <summary>The draft as a person confirms it: blanks the document left filled in (number, date), nothing else changed.</summary>
    public static PlanDraft Reviewed(string seed, string? number = null) => Seed(seed) is var draft
        ? draft with { Number = number ?? draft.Number ?? $"{Random.Shared.Next(1, 999)}/KH-UBND" }
        : throw new InvalidOperationException();

    /// <summary>A body as JSON with fields set or added (e.g. the period a person fills in on review).</summary>
    public static JsonObject With(object body, params (string Field, object? Value)[] fields)
    {
        var json = JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!.AsObject();
        foreach (var (field, value) in fields) json[field] = JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web);
        return json;
    }

    public static async Task<PlanDto> ConfirmAsync(HttpClient client, object document)
    {
        var response = await client.PostAsJsonAsync("/plans", document, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<PlanDto>(Ct))!;
    }

    public static async Task<PlanDetailDto> ReadAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<PlanDetailDto>($"/plans/{id}", Ct))!;

    /// <summary>The events of type <typeparamref name="T"/> in the service's outbox (which also holds audit events), oldest first.</summary>
    public static async Task<List<T>> OutboxAsync<T>(ServiceHost<PlansDbContext> host) where T : class
    {
        var prefix = typeof(T).FullName + ",";
        var messages = await host.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.StartsWith(prefix)).OrderBy(m => m.Sequence).ToListAsync());
        return messages.Select(m => (T)m.Deserialize()).ToList();
    }
}
