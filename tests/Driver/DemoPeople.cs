using System.Net.Http.Headers;
using System.Text.Json;

namespace WardPlatform.Testing;

/// <summary>A demo person as the run command writes them to demo-credentials.json.</summary>
public sealed record DemoPerson(string UserName, string Password, string DisplayName, string Role, string TenantCode, string TenantName, string ApiToken);

/// <summary>A demo machine client (OAuth client credentials) from demo-credentials.json.</summary>
public sealed record DemoMachineClient(string ClientId, string ClientSecret, string DisplayName, string Role, string TenantCode);

/// <summary>The demo people of a platform's state directory (written by the directory when demo data is on).</summary>
public sealed class DemoPeople(IReadOnlyList<DemoPerson> people, IReadOnlyList<DemoMachineClient> machineClients)
{
    public IReadOnlyList<DemoPerson> All => people;
    public IReadOnlyList<DemoMachineClient> MachineClients => machineClients;

    public static DemoPeople Load(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, "demo-credentials.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var clients = json.RootElement.TryGetProperty("machineClients", out var list) ? list.Deserialize<List<DemoMachineClient>>(options)! : [];
        return new DemoPeople(json.RootElement.GetProperty("people").Deserialize<List<DemoPerson>>(options)!, clients);
    }

    /// <summary>Waits for the file: the directory writes it once its demo data is seeded.</summary>
    public static async Task<DemoPeople> LoadAsync(string stateDirectory, CancellationToken ct = default)
    {
        var path = Path.Combine(stateDirectory, "demo-credentials.json");
        for (var i = 0; i < 600 && !File.Exists(path); i++) await Task.Delay(100, ct);
        return Load(stateDirectory);
    }

    public DemoPerson Find(string role, string tenantCode) =>
        people.FirstOrDefault(p => p.Role == role && p.TenantCode == tenantCode)
        ?? throw new InvalidOperationException($"No demo person with role {role} in {tenantCode}.");

    /// <summary>A gateway client calling with the person's personal API token.</summary>
    public static HttpClient ApiClient(Uri gateway, DemoPerson person) => new()
    {
        BaseAddress = gateway,
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", person.ApiToken) },
    };
}
