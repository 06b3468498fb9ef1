using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WardPlatform.Http;

/// <summary>
/// Marks operations open without a token with "x-anonymous": true in the OpenAPI document, so clients and the
/// platform's isolation tests tell the citizens' endpoints from the staff ones without a list kept by hand.
/// </summary>
public static class AnonymousOperations
{
    public const string Extension = "x-anonymous";

    public static Task MarkAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[Extension] = new JsonNodeExtension(true);
        }
        return Task.CompletedTask;
    }
}
