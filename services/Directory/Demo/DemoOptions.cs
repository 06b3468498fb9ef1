namespace WardPlatform.Directory.Demo;

/// <summary>Configuration section <c>Demo</c>. Off unless asked for; appsettings.Production.json keeps it off.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";
    public bool Enabled { get; set; }
    /// <summary>Where the demo accounts' passwords and API tokens are written (mode 600); not written when empty.</summary>
    public string? CredentialsFile { get; set; }
}
