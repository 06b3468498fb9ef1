using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;

namespace WardPlatform.Gateway.Admin;

/// <summary>A directory answer as a page shows it: the JSON, or the problem's Vietnamese title and field errors.</summary>
public sealed record DirectoryAnswer(HttpStatusCode Status, JsonElement? Body, string? Problem, IReadOnlyDictionary<string, string> FieldErrors)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;
}

/// <summary>
/// The web front's server-side calls to the directory, made with the signed-in person's own access token: the
/// directory decides what they may see and change, exactly as for an API call.
/// </summary>
public sealed class DirectoryClient(HttpClient http, IConfiguration configuration, IHttpContextAccessor context)
{
    public Task<DirectoryAnswer> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    public Task<DirectoryAnswer> PostAsync(string path, object body, CancellationToken ct) => SendAsync(HttpMethod.Post, path, body, ct);

    private async Task<DirectoryAnswer> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        var directory = configuration["services:directory:http:0"]
            ?? throw new InvalidOperationException("services:directory:http:0 is not configured.");
        using var request = new HttpRequestMessage(method, directory.TrimEnd('/') + path);
        if (await context.HttpContext!.GetTokenAsync("access_token") is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonElement? json = text.Length > 0 && text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[')
            ? JsonDocument.Parse(text).RootElement.Clone() : null;
        if (response.IsSuccessStatusCode) return new(response.StatusCode, json, null, new Dictionary<string, string>());

        var errors = new Dictionary<string, string>();
        if (json is { ValueKind: JsonValueKind.Object } problem && problem.TryGetProperty("errors", out var fields))
            foreach (var field in fields.EnumerateObject())
                errors[field.Name] = string.Join(" ", field.Value.EnumerateArray().Select(m => m.GetString()));
        var title = json is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("title", out var t) ? t.GetString() : null;
        var detail = json is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("detail", out var x) ? x.GetString() : null;
        return new(response.StatusCode, json, detail ?? title ?? "Không thực hiện được yêu cầu.", errors);
    }
}
