using System.Net;
using System.Text.Json;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Plans;

public sealed class PlanOpenApiTests(TestServers servers) : PlansServiceTests(servers)
{
    [Fact]
    public async Task The_OpenAPI_document_describes_the_document_lifecycle_cascade_and_attachment_endpoints()
    {
        var response = await Plans.ClientAs(null).GetAsync("/openapi/v1.json", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);

        var paths = JsonDocument.Parse(body).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/plans/{id}", "/plans/{id}/issue", "/plans/{id}/start", "/plans/{id}/midterm-review", "/plans/{id}/final-review",
                     "/plans/{id}/close", "/plans/{id}/cascade", "/plans/{id}/attachments", "/plans/{id}/attachments/{attachmentId}" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        Assert.True(paths.GetProperty("/plans/{id}").TryGetProperty("put", out _));
    }
}
