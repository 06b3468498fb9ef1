using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using WardPlatform.Commendations.Rules;
using WardPlatform.Contracts;
using WardPlatform.Http;

namespace WardPlatform.Commendations.Nominations;

/// <summary>What the directory says of a nominee's id: of this ward, of another ward (or unknown), or not asked (unreachable).</summary>
public enum DirectoryAnswer { OfWard, NotOfWard, Unreachable }

/// <summary>
/// Asks the directory (over HTTP, with the caller's own token: the directory's tenancy answers 404 for another ward's
/// record) whether a nominee named by its directory id is a person (individual), a unit or a neighbourhood (collective) of
/// the round's ward. The service never reads the directory's database; households have no directory id to check.
/// </summary>
public sealed class DirectoryNominees(IHttpClientFactory clients, IHttpContextAccessor http, ILogger<DirectoryNominees> log)
{
    public const string Client = ResourceNames.Directory;

    public async Task<DirectoryAnswer> CheckAsync(string kind, Guid id, string tenantCode, CancellationToken ct)
    {
        string[] paths = kind == RecipientKinds.Individual ? [$"/people/{id}"] : [$"/units/{id}", $"/neighbourhoods/{id}"];
        var client = clients.CreateClient(Client);
        try
        {
            foreach (var path in paths)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (AuthenticationHeaderValue.TryParse(http.HttpContext?.Request.Headers.Authorization.ToString(), out var auth))
                    request.Headers.Authorization = auth;
                using var response = await client.SendAsync(request, ct);
                if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden) continue;
                if (!response.IsSuccessStatusCode) return DirectoryAnswer.Unreachable;
                using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
                return body.RootElement.TryGetProperty("tenantCode", out var tenant) && tenant.GetString() == tenantCode
                    ? DirectoryAnswer.OfWard : DirectoryAnswer.NotOfWard;
            }
            return DirectoryAnswer.NotOfWard;
        }
        // Whatever keeps the directory from answering (down, timed out, circuit open) refuses the nomination as unverifiable, never a 500.
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("The directory did not answer about a nominee: {Message}", e.Message);
            return DirectoryAnswer.Unreachable;
        }
    }

    public static void Register(IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient(Client, c => c.BaseAddress = new Uri(builder.Configuration["Directory:Address"] ?? $"http://{ResourceNames.Directory}"));
        builder.Services.AddScoped<DirectoryNominees>();
    }
}
