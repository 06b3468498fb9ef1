using System.Net;
using System.Text.RegularExpressions;

namespace WardPlatform.Testing;

/// <summary>
/// A browser-like session on the gateway without a browser: follows the OpenID Connect redirects, fills in the
/// directory's sign-in form (with its anti-forgery token) and keeps the cookies, as a person would.
/// </summary>
public sealed partial class SignInSession : IDisposable
{
    private readonly HttpClientHandler _handler;

    public HttpClient Client { get; }
    public CookieContainer Cookies { get; } = new();

    public SignInSession(Uri gateway)
    {
        _handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = true, MaxAutomaticRedirections = 10 };
        Client = new HttpClient(_handler) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Signs in; returns the page the flow ends on (the home page on success, the form again on failure).</summary>
    public async Task<(HttpStatusCode Status, string Html, Uri? Location)> SignInAsync(string userName, string password, CancellationToken ct = default)
    {
        using var form = await Client.GetAsync("/signin?returnUrl=%2F", ct);
        var formHtml = await form.Content.ReadAsStringAsync(ct);
        var formUrl = form.RequestMessage!.RequestUri!;
        if (!formUrl.AbsolutePath.StartsWith("/account/signin", StringComparison.Ordinal))
            return (form.StatusCode, formHtml, formUrl);
        using var posted = await Client.PostAsync(formUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = WebUtility.HtmlDecode(HiddenInput("ReturnUrl", formHtml)),
            ["__RequestVerificationToken"] = HiddenInput("__RequestVerificationToken", formHtml),
        }), ct);
        return (posted.StatusCode, await posted.Content.ReadAsStringAsync(ct), posted.RequestMessage!.RequestUri);
    }

    /// <summary>The anti-forgery token of a page's form (the sign-out form, say).</summary>
    public static string HiddenInput(string name, string html)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (!tag.Contains($"name=\"{name}\"", StringComparison.Ordinal)) continue;
            return ValueAttribute().Match(tag) is { Success: true } value ? value.Groups[1].Value : "";
        }
        throw new InvalidOperationException($"No input named {name} on the page.");
    }

    public void Dispose()
    {
        Client.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
