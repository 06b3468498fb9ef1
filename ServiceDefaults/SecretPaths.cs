using System.Text.RegularExpressions;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Paths that carry a secret in a segment: a citizen's tracking code (/public/track/{code}) and an Open311 token
/// (/open311/v2/tokens/{token}). Request logs do not name paths (their categories log at Warning), and traces show
/// such a path with the secret replaced.
/// </summary>
public static partial class SecretPaths
{
    public const string Hidden = "***";

    /// <summary>Nearly every path has neither segment: a plain search first keeps the regex off them.</summary>
    public static string Redact(string path) =>
        path.Contains("/track/", StringComparison.OrdinalIgnoreCase) || path.Contains("/tokens/", StringComparison.OrdinalIgnoreCase)
            ? SecretSegment().Replace(path, m => m.Groups[1].Value + Hidden)
            : path;

    [GeneratedRegex(@"(/(?:track|tokens)/)[^/?#]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSegment();
}
