using System.Text.Json;

namespace WardPlatform.Gateway.WebFront;

/// <summary>
/// Ward names ("Phường Tam Phước") by code, as the directory lists them to the signed-in person (<c>GET /wards</c>:
/// a province official gets the whole province, ward staff their own ward). A code the directory did not name,
/// or a directory that did not answer, shows as the code itself.
/// </summary>
public sealed class WardDirectory(IReadOnlyDictionary<string, string> names)
{
    public static readonly WardDirectory Empty = new(new Dictionary<string, string>());

    public static async Task<WardDirectory> LoadAsync(ServiceClient services, CancellationToken ct)
    {
        try
        {
            return From(await services.GetAsync("directory", "/wards", ct));
        }
        // Names are a courtesy: whatever keeps the directory from answering (down, timed out, circuit open)
        // leaves the codes, never the page in error.
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return Empty;
        }
    }

    public static WardDirectory From(ServiceAnswer answer) =>
        answer is { Succeeded: true, Body: { ValueKind: JsonValueKind.Array } wards }
            ? new(wards.EnumerateArray()
                .Where(w => w.Str("code").Length > 0 && w.Str("name").Length > 0)
                .GroupBy(w => w.Str("code"))
                .ToDictionary(g => g.Key, g => g.First().Str("name")))
            : Empty;

    /// <summary>
    /// These names and the neighbourhoods' (khu phố, ấp: "Khu phố 1") by id, as the directory lists them to the person
    /// (<c>GET /neighbourhoods</c>, of one ward when <paramref name="tenantCode"/> is given): a neighbourhood ranking's rows.
    /// </summary>
    public async Task<WardDirectory> WithNeighbourhoodsAsync(ServiceClient services, string? tenantCode, CancellationToken ct)
    {
        try
        {
            var path = tenantCode is null ? "/neighbourhoods" : $"/neighbourhoods?tenantCode={Uri.EscapeDataString(tenantCode)}";
            if (await services.GetAsync("directory", path, ct) is not { Succeeded: true, Body: { ValueKind: JsonValueKind.Array } list }) return this;
            var all = new Dictionary<string, string>(names);
            foreach (var n in list.EnumerateArray().Where(n => n.Str("id").Length > 0 && n.Str("name").Length > 0)) all[n.Str("id")] = n.Str("name");
            return new(all);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return this;
        }
    }

    public string NameOf(string code) => names.GetValueOrDefault(code) ?? code;

    /// <summary>Who a record belongs to as a list shows it: "Tỉnh" for the province's own, else the ward's name.</summary>
    public string OwnerOf(string tenantCode, string provinceCode) => tenantCode == provinceCode ? ProvinceLabel : NameOf(tenantCode);

    public const string ProvinceLabel = "Tỉnh";

    /// <summary>The wards as a filter lists them, by name without diacritics ("Phường An Bình" before "Xã Bù Gia Mập").</summary>
    public IReadOnlyList<(string Code, string Name)> ByName =>
        [.. names.OrderBy(n => Http.VietnameseText.Fold(n.Value), StringComparer.Ordinal).Select(n => (n.Key, n.Value))];

    /// <summary>Every name the directory gave, by code (sent along to a service that lays out a document).</summary>
    public IReadOnlyDictionary<string, string> Names => names;
}
