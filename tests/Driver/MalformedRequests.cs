using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace WardPlatform.Testing;

/// <summary>One malformed request to an operation. <see cref="MustBeRefused"/>: no server may accept it (2xx).</summary>
public sealed record MalformedRequest(ApiOperation Operation, string Kind, bool MustBeRefused, Func<HttpRequestMessage> Build)
{
    public override string ToString() => $"{Operation} [{Kind}]";
}

/// <summary>
/// Malformed requests for every operation, from its OpenAPI description: broken and mistyped JSON, bad encodings,
/// wrong media types, broken multipart, hostile path values (must all be refused), and hostile but well-formed content
/// (markup, SQL fragments, path traversal, huge strings, absurd numbers and dates, missing and extra fields), which a
/// service may accept as text but must never answer with a 5xx.
/// </summary>
public static class MalformedRequests
{
    private static readonly string[] HostileStrings =
    [
        "<script>alert('x')</script>", "'; DROP TABLE plans; --", "../../../../etc/passwd", "\u0000\u0001\u0002",
        "Robert'); DELETE FROM targets WHERE ('1'='1", "{{7*7}} ${7*7} <%= 7*7 %>", "\ud83d\ude00 Tiếng Việt có dấu e\u0301",
    ];

    private static readonly string[] HostilePathValues =
        ["..%2F..%2Fetc%2Fpasswd", "' OR '1'='1", "%00", new string('9', 4000), "-1", "<b>x</b>", "00000000-0000-0000-0000-00000000000g"];

    /// <summary>Every case for every operation, in a fixed order (the same run each time).</summary>
    public static List<MalformedRequest> For(IEnumerable<ApiOperation> operations) => operations.SelectMany(For).ToList();

    /// <summary>
    /// <paramref name="count"/> cases, taken in turn from each operation so that all are covered; once every case is
    /// taken, round again (a case builds a new request each time: fresh ids where the value does not matter).
    /// </summary>
    public static List<MalformedRequest> Spread(List<MalformedRequest> cases, int count)
    {
        var result = new List<MalformedRequest>();
        while (cases.Count > 0 && result.Count < count)
        {
            var queues = cases.GroupBy(c => c.Operation.ToString()).Select(g => new Queue<MalformedRequest>(g)).ToList();
            while (result.Count < count && queues.Any(q => q.Count > 0))
                foreach (var queue in queues.Where(q => q.Count > 0))
                    if (result.Count < count) result.Add(queue.Dequeue());
        }
        return result;
    }

    public static IEnumerable<MalformedRequest> For(ApiOperation operation)
    {
        var sampleId = operation.PathParameters.Length > 0;
        string Path(Func<string, string>? valueOf = null) => operation.GatewayPath(valueOf ?? (_ => Guid.NewGuid().ToString()));
        HttpRequestMessage Request(HttpContent? content, string? path = null) =>
            new(new HttpMethod(operation.Method), path ?? Path()) { Content = content };
        static HttpContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");
        static HttpContent Bytes(byte[] bytes, string mediaType)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
            return content;
        }

        if (sampleId)
            foreach (var value in HostilePathValues)
                // A list under an unknown key (a ward's public rounds) may answer an empty 200; a write may not succeed.
                yield return new(operation, $"path {value[..Math.Min(value.Length, 20)]}", operation.Method != "GET",
                    () => Request(operation.HasBody ? Json(operation.SampleBody().ToJsonString()) : null, Path(_ => value)));

        foreach (var (name, type) in QueryParameters(operation))
        {
            var wrong = type is "integer" or "number" ? "không-phải-số" : type == "boolean" ? "có lẽ" : "2026-13-45T99:99";
            yield return new(operation, $"query {name}={wrong}", false, () => Request(null, Path() + $"?{name}={Uri.EscapeDataString(wrong)}"));
            yield return new(operation, $"query {name} huge", false, () => Request(null, Path() + $"?{name}={new string('x', 6000)}"));
        }

        if (!operation.HasBody) yield break;

        if (operation.TakesMultipart)
        {
            yield return new(operation, "multipart without its boundary", true,
                () => Request(Bytes(Encoding.UTF8.GetBytes("--abc\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx"), "multipart/form-data")));
            yield return new(operation, "multipart cut off", true,
                () => Request(Bytes(Encoding.UTF8.GetBytes("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut"), "multipart/form-data; boundary=abc")));
            yield return new(operation, "multipart with no parts", false,
                () => Request(Bytes(Encoding.UTF8.GetBytes("--abc--\r\n"), "multipart/form-data; boundary=abc")));
        }
        if (operation.JsonBodySchema is null) yield break;

        yield return new(operation, "broken JSON", true, () => Request(Json("{\"title\": \"Kế hoạch")));
        yield return new(operation, "JSON of another shape", true, () => Request(Json("[1, 2, 3]")));
        yield return new(operation, "not JSON at all", true, () => Request(Json("title=Kế hoạch&number=1")));
        yield return new(operation, "invalid UTF-8", true,
            () => Request(Bytes([.. "{\"title\": \""u8, 0xC3, 0x28, 0xFF, 0xFE, .. "\"}"u8], "application/json; charset=utf-8")));
        yield return new(operation, "text/plain body", true, () => Request(new StringContent(operation.SampleBody().ToJsonString(), Encoding.UTF8, "text/plain")));
        yield return new(operation, "empty body", true, () => Request(Json("")));
        yield return new(operation, "missing fields", false, () => Request(Json("{}")));
        yield return new(operation, "null body", true, () => Request(Json("null")));

        var schema = operation.Resolve(operation.JsonBodySchema);
        var properties = (schema["properties"]?.AsObject() ?? []).Select(p => (p.Key, Schema: operation.Resolve(p.Value!))).ToList();
        foreach (var (property, propertySchema) in properties)
        {
            var type = ApiOperation.TypeOf(propertySchema);
            var wrongType = type switch
            {
                "string" when propertySchema["format"] is null => "12345",
                "string" => "{\"nested\": true}",
                "integer" or "number" => "\"không phải số\"",
                "boolean" => "\"có\"",
                "array" => "\"không phải danh sách\"",
                "object" => "7",
                _ => null,
            };
            if (wrongType is not null)
                yield return new(operation, $"{property} of the wrong type", true, () => Request(Json(WithRaw(operation, property, wrongType))));
            if (type is "integer" or "number")
            {
                yield return new(operation, $"{property} beyond any number", true, () => Request(Json(WithRaw(operation, property, "1e400"))));
                yield return new(operation, $"{property} absurd", false, () => Request(Json(WithRaw(operation, property, "-99999999999"))));
            }
            if (type == "string" && propertySchema["format"]?.GetValue<string>() is "date" or "date-time")
            {
                yield return new(operation, $"{property} not a date", true, () => Request(Json(WithRaw(operation, property, "\"31/02/2026\""))));
                yield return new(operation, $"{property} year 9999", false, () => Request(Json(WithRaw(operation, property, "\"9999-12-31\""))));
            }
            if (type == "string" && propertySchema["format"]?.GetValue<string>() == "uuid")
                yield return new(operation, $"{property} not a uuid", true, () => Request(Json(WithRaw(operation, property, "\"../../etc\""))));
        }
        var texts = properties.Where(p => ApiOperation.TypeOf(p.Schema) == "string" && p.Schema["format"] is null).Select(p => p.Key).ToList();
        if (texts.Count > 0)
        {
            foreach (var hostile in HostileStrings)
                yield return new(operation, $"text {hostile[..Math.Min(hostile.Length, 16)]}", false,
                    () => Request(Json(WithTexts(operation, texts, hostile))));
            yield return new(operation, "a 1 MB text", false, () => Request(Json(WithTexts(operation, texts[..1], new string('a', 1_000_000)))));
        }
        yield return new(operation, "extra fields", false, () =>
        {
            var body = operation.SampleBody() as JsonObject ?? new JsonObject();
            body["tenantCode"] = "99999";
            body["id"] = Guid.NewGuid().ToString();
            body["isAdmin"] = true;
            return Request(Json(body.ToJsonString()));
        });
    }

    private static IEnumerable<(string Name, string? Type)> QueryParameters(ApiOperation operation) =>
        (operation.Spec["parameters"]?.AsArray() ?? []).OfType<JsonObject>()
            .Where(p => p["in"]?.GetValue<string>() == "query")
            .Select(p => (p["name"]!.GetValue<string>(), p["schema"] is { } s ? ApiOperation.TypeOf(operation.Resolve(s)) : null));

    /// <summary>The sample body with one property replaced by raw JSON text.</summary>
    private static string WithRaw(ApiOperation operation, string property, string rawJson)
    {
        var body = operation.SampleBody() as JsonObject ?? new JsonObject();
        const string marker = "\"__ward_raw_value__\"";
        body[property] = "__ward_raw_value__";
        return body.ToJsonString().Replace(marker, rawJson);
    }

    private static string WithTexts(ApiOperation operation, List<string> properties, string text)
    {
        var body = operation.SampleBody() as JsonObject ?? new JsonObject();
        foreach (var property in properties) body[property] = text;
        return body.ToJsonString();
    }
}
