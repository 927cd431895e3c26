using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.DeliveryApi.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.OpenApi;

/// <summary>Serves the OpenAPI document at Umbraco's address and a Swagger UI at <c>/umbraco/swagger</c>.</summary>
internal static class OpenApiEndpoints
{
    public const string DocumentPath = "/umbraco/swagger/delivery/swagger.json";
    public const string UiPrefix = "umbraco/swagger";

    public static void Map(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<DeliveryApiExtensionSettings>>().Value;
        var document = Encoding.UTF8.GetBytes(DeliveryOpenApiDocument.Build(settings).ToJsonString());
        app.MapGet(DocumentPath, () => Results.Bytes(document, "application/json; charset=utf-8")).ExcludeFromDescription();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = UiPrefix;
            options.DocumentTitle = "Umbraco Delivery API";
            options.SwaggerEndpoint(DocumentPath, "Umbraco Delivery API");
        });
    }
}
