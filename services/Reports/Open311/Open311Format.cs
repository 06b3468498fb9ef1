using WardPlatform.Http;
using System.Text.Json;
using System.Xml.Linq;

namespace WardPlatform.Reports.Open311;

/// <summary>Open311 answers as .json or .xml with the specification's element names; errors as [{code, description}].</summary>
public static class Open311Format
{
    public static bool IsKnown(string format) => format is "json" or "xml";

    /// <summary>A list of records (each a name → value map) as a JSON array, or XML under &lt;root&gt;&lt;item&gt;.</summary>
    public static IResult List(string format, string root, string item, IEnumerable<IReadOnlyDictionary<string, object?>> records, int status = 200)
    {
        var list = records.ToList();
        if (format == "xml")
        {
            var xml = new XElement(root, list.Select(r => new XElement(item, r.Where(p => p.Value is not null).Select(p => Element(p.Key, p.Value)))));
            return Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), xml).Declaration + "\n" + xml, "text/xml; charset=utf-8", statusCode: status);
        }
        return Results.Json(list, JsonSerializerOptions.Default, "application/json; charset=utf-8", status);
    }

    public static IResult Error(string format, int status, string description) =>
        List(format is "xml" ? "xml" : "json", "errors", "error",
            [new Dictionary<string, object?> { ["code"] = status, ["description"] = description }], status);

    private static XElement Element(string name, object? value) => value switch
    {
        IEnumerable<IReadOnlyDictionary<string, object?>> children => new XElement(name, children.Select(c => new XElement(name.TrimEnd('s'), c.Select(p => Element(p.Key, p.Value))))),
        IEnumerable<string> strings => new XElement(name, strings.Select(s => new XElement("format", s))),
        bool b => new XElement(name, b ? "true" : "false"),
        IFormattable f => new XElement(name, f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
        _ => new XElement(name, value?.ToString()),
    };

    /// <summary>ISO 8601 with Vietnam's +07:00 offset.</summary>
    public static string Date(DateTimeOffset at) => at.ToOffset(VietnamClock.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
