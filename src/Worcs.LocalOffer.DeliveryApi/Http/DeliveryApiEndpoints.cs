using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>Maps Umbraco's Content Delivery API v2 routes under <c>/umbraco/delivery/api/v2</c>.</summary>
public static class DeliveryApiEndpoints
{
    public const string BasePath = "/umbraco/delivery/api/v2";

    /// <summary>Maps the endpoints and, unless <c>LocalOffer:DeliveryApi:OpenApi</c> is false, the OpenAPI document and its UI.</summary>
    public static WebApplication MapLocalOfferDeliveryApi(this WebApplication app)
    {
        if (app.Configuration.GetValue("LocalOffer:DeliveryApi:OpenApi", defaultValue: true))
        {
            OpenApi.OpenApiEndpoints.Map(app);
        }

        MapEndpoints(app);
        return app;
    }

    private static IEndpointRouteBuilder MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(BasePath);
        MapTree(api, "content", media: false, "Content");
        MapTree(api, "media", media: true, "Media");
        return endpoints;
    }

    private static void MapTree(RouteGroupBuilder api, string segment, bool media, string tag)
    {
        var opName = media ? "Media" : "Content";
        api.MapGet($"/{segment}", (
                HttpContext http,
                DeliveryHandlers handlers,
                SearchHandler search,
                [FromQuery] string? q,
                [FromQuery] string? fetch,
                [FromQuery] string[]? filter,
                [FromQuery] string[]? sort,
                [FromQuery] string? skip,
                [FromQuery] string? take,
                [FromQuery] string? expand,
                [FromQuery] string? fields) =>
                !media && http.Request.Query.ContainsKey("q")
                    ? search.SearchAsync(http, q ?? "", fetch, filter, sort, skip, take, expand, fields)
                    : handlers.QueryAsync(http, media, fetch, filter, sort, skip, take, expand, fields))
            .WithName($"Get{opName}2.0")
            .WithTags(tag);

        api.MapGet($"/{segment}/item/{{id:guid}}", (HttpContext http, DeliveryHandlers handlers, Guid id, [FromQuery] string? expand, [FromQuery] string? fields) =>
                handlers.ItemAsync(http, media, id.ToString("D"), expand, fields))
            .WithName($"Get{opName}ItemById2.0")
            .WithTags(tag);

        api.MapGet($"/{segment}/item/{{*path}}", (HttpContext http, DeliveryHandlers handlers, string? path, [FromQuery] string? expand, [FromQuery] string? fields) =>
                handlers.ItemAsync(http, media, path, expand, fields))
            .WithName($"Get{opName}ItemByPath2.0")
            .WithTags(tag);

        api.MapGet($"/{segment}/items", (HttpContext http, DeliveryHandlers handlers, [FromQuery] string[]? id, [FromQuery] string? expand, [FromQuery] string? fields) =>
                handlers.ItemsAsync(http, media, id, expand, fields))
            .WithName($"Get{opName}Items2.0")
            .WithTags(tag);
    }
}
