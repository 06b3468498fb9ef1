using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace WardPlatform.Directory.Demo;

public sealed record DemoCredential(
    string UserName, string Password, string DisplayName, string Role, string TenantCode, string TenantName, string ApiToken);

/// <summary>A demo machine client: OAuth client credentials at /connect/token, acting for one ward in one role.</summary>
public sealed record DemoMachineClient(string ClientId, string ClientSecret, string DisplayName, string Role, string TenantCode);

/// <summary>The credentials file: the only place the demo passwords and tokens exist in clear, readable by its owner only.</summary>
public sealed record DemoCredentials(DateTimeOffset GeneratedAt, List<DemoCredential> People, List<DemoMachineClient>? MachineClients = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task WriteAsync(string path, CancellationToken ct)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) System.IO.Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var file = new FileStream(temporary, options))
            await JsonSerializer.SerializeAsync(file, this, Json, ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, path, overwrite: true);
    }
}
