using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WardPlatform.Testing;

/// <summary>One operation of a service's OpenAPI document, as the gateway routes it (/api/{service}{path}).</summary>
public sealed partial record ApiOperation(string Service, string Method, string Path, JsonObject Spec, JsonObject Document)
{
    public override string ToString() => $"{Method} /api/{Service}{Path}";
    public string[] PathParameters => [.. PathParameter().Matches(Path).Select(m => m.Groups[1].Value)];
    /// <summary>Open without a token by design (citizens' pages, Open311): the service marks it "x-anonymous" in its document.</summary>
    public bool IsAnonymous => Spec["x-anonymous"]?.GetValue<bool>() == true;
    public bool HasBody => Method is "POST" or "PUT" or "PATCH";

    /// <summary>The JSON schema of the request body, if the operation takes JSON.</summary>
    public JsonNode? JsonBodySchema => Spec["requestBody"]?["content"]?["application/json"]?["schema"];
    public bool TakesMultipart => Spec["requestBody"]?["content"]?["multipart/form-data"] is not null;

    /// <summary>The gateway path with each path parameter given by <paramref name="valueOf"/>.</summary>
    public string GatewayPath(Func<string, string> valueOf) =>
        $"/api/{Service}" + PathParameter().Replace(Path, m => Uri.EscapeDataString(valueOf(m.Groups[1].Value)));

    /// <summary>A schema with its $ref followed.</summary>
    public JsonNode Resolve(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? Resolve(Document["components"]!["schemas"]![reference.Split('/').Last()]!) : schema;

    /// <summary>A schema's type ("string", "integer", "object", …), the first that is not "null".</summary>
    public static string? TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        JsonValue value => value.GetValue<string>(),
        _ => schema["properties"] is not null ? "object" : null,
    };

    /// <summary>A plausible body from the operation's JSON schema, so a refusal is about who calls, not what is sent.</summary>
    public JsonNode SampleBody() => JsonBodySchema is { } schema ? Sample(schema, 0) ?? new JsonObject() : new JsonObject();

    private JsonNode? Sample(JsonNode schema, int depth)
    {
        if (depth > 5) return null;
        schema = Resolve(schema);
        return TypeOf(schema) switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p =>
                KeyValuePair.Create(p.Key, Sample(p.Value!, depth + 1)))),
            "array" => new JsonArray(),
            "integer" => 1,
            "number" => 1,
            "boolean" => true,
            "string" => schema["format"]?.GetValue<string>() switch
            {
                "uuid" => Guid.NewGuid().ToString(),
                "date" => "2025-03-05",
                "date-time" => "2025-03-05T08:00:00Z",
                _ => "Giá trị thử",
            },
            _ => null,
        };
    }

    [GeneratedRegex(@"\{([^}:]+)(?::[^}]*)?\}")]
    private static partial Regex PathParameter();
}

public static partial class ApiOperations
{
    /// <summary>Every operation of every service the gateway routes /api/{service}/** to, read from their OpenAPI documents.</summary>
    public static async Task<List<ApiOperation>> ListAsync(HttpClient gateway, CancellationToken ct)
    {
        var routes = await gateway.GetFromJsonAsync<JsonElement>("/api-docs/routes.json", ct);
        var services = routes.EnumerateArray().Select(r => r.GetProperty("path").GetString()!)
            .Select(path => ServiceRoute().Match(path)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
        var operations = new List<ApiOperation>();
        foreach (var service in services)
        {
            var document = JsonNode.Parse(await gateway.GetStringAsync($"/api/{service}/openapi/v1.json", ct))!.AsObject();
            foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, spec) in item!.AsObject())
                if (method is "get" or "post" or "put" or "patch" or "delete")
                    operations.Add(new ApiOperation(service, method.ToUpperInvariant(), path, spec!.AsObject(), document));
        }
        return operations;
    }

    [GeneratedRegex(@"^/api/([a-z]+)/")]
    private static partial Regex ServiceRoute();
}
