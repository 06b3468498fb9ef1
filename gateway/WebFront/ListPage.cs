using System.Text.Json;

namespace WardPlatform.Gateway.WebFront;

/// <summary>
/// Where a paged list stands, from a service's page (<c>{ page, pageSize, total, items }</c>): "Trang 1/4" and the links to
/// the pages before and after, each keeping the list's filters (<paramref name="Query"/>: the query string without the page)
/// on the page at <paramref name="Path"/>.
/// </summary>
public sealed record ListPage(int Number, int Size, int Total, string Path, string Query)
{
    /// <summary>The query-string name of the page number in the web front's lists.</summary>
    public const string Parameter = "trang";

    public int Count => Math.Max(1, (Total + Size - 1) / Size);
    public string Label => $"Trang {Number}/{Count}";
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < Count;

    public string Link(int number) =>
        Path + QueryString([.. Query.Split('&', StringSplitOptions.RemoveEmptyEntries), number > 1 ? $"{Parameter}={number}" : ""]);

    public static ListPage From(JsonElement? body, string path, string query) =>
        body is { ValueKind: JsonValueKind.Object } page
            ? new((int)(page.Num("page") ?? 1), Math.Max(1, (int)(page.Num("pageSize") ?? 1)), (int)(page.Num("total") ?? 0), path, query)
            : new(1, 1, 0, path, query);

    public static IReadOnlyList<JsonElement> ItemsOf(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } page ? [.. page.Items("items")] : [];

    /// <summary>"?a=1&amp;b=x" of the pairs not blank, values escaped; "" when none.</summary>
    public static string QueryString(IEnumerable<string> pairs)
    {
        var kept = pairs.Where(p => p.Length > 0).ToList();
        return kept.Count == 0 ? "" : "?" + string.Join('&', kept);
    }

    public static string Pair(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? "" : $"{name}={Uri.EscapeDataString(value.Trim())}";
}
