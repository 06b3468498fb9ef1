using System.Net;
using System.Text.RegularExpressions;

namespace WardPlatform.Testing;

/// <summary>
/// The anti-forgery token the web front puts in its pages (<c>&lt;meta name="csrf-token"&gt;</c>): a cookie-session
/// client sends it as <see cref="Header"/> on every change to /api, as the web front's script does.
/// </summary>
public static partial class AntiforgeryToken
{
    public const string Header = "X-CSRF-TOKEN";

    public static async Task<string> ReadAsync(HttpClient session, CancellationToken ct = default)
    {
        var html = await session.GetStringAsync("/", ct);
        var match = MetaTag().Match(html);
        if (!match.Success) throw new InvalidOperationException("The home page has no csrf-token meta tag.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]*)\"")]
    private static partial Regex MetaTag();
}
