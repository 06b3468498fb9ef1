using System.Net;
using System.Net.Http.Headers;

namespace WardPlatform.Tests.Gateway;

/// <summary>A person's browser gets Vietnamese error pages with the layout and a way back; APIs keep problem+json.</summary>
public sealed class ErrorPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Page(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }

    [Fact]
    public async Task A_page_that_does_not_exist_is_a_Vietnamese_404_page_with_the_layout_while_an_unknown_api_route_stays_problem_json()
    {
        await using var host = new GatewayHost();
        var browser = host.CreateClient();

        using var missing = await browser.SendAsync(Page("/trang-khong-co"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        var html = await missing.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Không tìm thấy trang", html);
        Assert.Contains("id=\"home-link\"", html);
        Assert.Contains("<nav", html);                                   // the site's layout, not a bare page

        using var api = await browser.GetAsync("/api/khong-co/gi-ca", Ct);        // a script
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Over_the_limit_a_browser_gets_a_Vietnamese_429_page_with_Retry_After_and_a_script_gets_problem_json()
    {
        await using var host = new GatewayHost(new Dictionary<string, string> { ["RateLimits:Public:PermitLimit"] = "2" });
        var browser = host.CreateClient();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(Page("/"), Ct)).StatusCode);

        using var refused = await browser.SendAsync(Page("/"), Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Quá nhiều yêu cầu", html);
        Assert.Contains("Có thể thử lại sau", html);

        using var script = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, script.StatusCode);
        Assert.Equal("application/problem+json", script.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(403, "Không có quyền truy cập")]
    [InlineData(500, "Đã xảy ra lỗi")]
    [InlineData(503, "Hệ thống tạm thời bận")]
    public async Task Each_error_page_answers_with_its_status_and_says_what_happened_in_Vietnamese(int status, string title)
    {
        await using var host = new GatewayHost();
        using var response = await host.CreateClient().SendAsync(Page($"/loi/{status}"), Ct);
        Assert.Equal(status, (int)response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(title, html);
        Assert.Contains("Quay lại trang trước", html);
    }
}
