using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;

namespace WardPlatform.Gateway.WebFront;

/// <summary>A service's answer as a page shows it: the JSON, or the problem's Vietnamese title and field errors.</summary>
public sealed record ServiceAnswer(HttpStatusCode Status, JsonElement? Body, string? Problem, IReadOnlyDictionary<string, string> FieldErrors)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;
}

/// <summary>A file downloaded from a service, to stream on to the browser.</summary>
public sealed record ServiceFile(byte[] Content, string ContentType, string? FileName);

/// <summary>
/// The web front's server-side calls to a service (e.g. "directory", "plans"), made with the signed-in person's own
/// access token: the service decides what they may see and change, exactly as for an API call.
/// </summary>
public sealed class ServiceClient(HttpClient http, IConfiguration configuration, IHttpContextAccessor context)
{
    public Task<ServiceAnswer> GetAsync(string service, string path, CancellationToken ct) => SendAsync(service, HttpMethod.Get, path, null, ct);

    public Task<ServiceAnswer> PostAsync(string service, string path, object body, CancellationToken ct) =>
        SendAsync(service, HttpMethod.Post, path, JsonContent.Create(body), ct);

    /// <summary>A file a service serves (an export, an evidence file), or null when it answers anything but 200.</summary>
    public Task<ServiceFile?> GetFileAsync(string service, string path, CancellationToken ct) => FileAsync(service, HttpMethod.Get, path, null, ct);

    /// <summary>A file a service makes from what the page sends (an export given the ward names), or null unless 200.</summary>
    public Task<ServiceFile?> PostFileAsync(string service, string path, object body, CancellationToken ct) =>
        FileAsync(service, HttpMethod.Post, path, JsonContent.Create(body), ct);

    private async Task<ServiceFile?> FileAsync(string service, HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var request = await RequestAsync(service, method, path, content);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.OK) return null;
        var headers = response.Content.Headers;
        return new ServiceFile(await response.Content.ReadAsByteArrayAsync(ct),
            headers.ContentType?.ToString() ?? "application/octet-stream",
            headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"'));
    }

    /// <summary>Any request; <paramref name="content"/> may be multipart (uploads).</summary>
    public async Task<ServiceAnswer> SendAsync(string service, HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var request = await RequestAsync(service, method, path, content);
        return await ReadAsync(await http.SendAsync(request, ct), ct);
    }

    private static async Task<ServiceAnswer> ReadAsync(HttpResponseMessage answer, CancellationToken ct)
    {
        using var response = answer;
        var text = await response.Content.ReadAsStringAsync(ct);
        var trimmed = text.TrimStart();
        JsonElement? json = trimmed.StartsWith('{') || trimmed.StartsWith('[')
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

    /// <summary>A call without the person's token, saying whose address it is made for (citizens' pages: <see cref="PublicReports"/>).</summary>
    public async Task<ServiceAnswer> SendAnonymousAsync(string service, HttpMethod method, string path, HttpContent? content, string forwardedFor,
        CancellationToken ct)
    {
        using var request = await RequestAsync(service, method, path, content, withToken: false);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        return await ReadAsync(await http.SendAsync(request, ct), ct);
    }

    private async Task<HttpRequestMessage> RequestAsync(string service, HttpMethod method, string path, HttpContent? content, bool withToken = true)
    {
        var address = configuration[$"services:{service}:http:0"]
            ?? throw new InvalidOperationException($"services:{service}:http:0 is not configured.");
        var request = new HttpRequestMessage(method, address.TrimEnd('/') + path);
        if (withToken && await context.HttpContext!.GetTokenAsync("access_token") is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = content;
        return request;
    }
}
