using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.DeliveryApi.Configuration;
using Worcs.LocalOffer.DeliveryApi.Http;
using Worcs.LocalOffer.DeliveryApi.Query;

namespace Worcs.LocalOffer.DeliveryApi.OpenApi;

/// <summary>
/// The OpenAPI 3.0 document of the Delivery API: Umbraco 17's operation ids, parameters and schema names, with our
/// extensions (any-property filters and sorts, limits, 400s, HTTP caching) described where they apply.
/// </summary>
internal static class DeliveryOpenApiDocument
{
    public static JsonObject Build(DeliveryApiExtensionSettings settings)
    {
        var paths = new JsonObject();
        AddTree(paths, "content", "Content", "ApiContentResponseModel", "PagedIApiContentResponseModel", media: false);
        AddTree(paths, "media", "Media", "ApiMediaWithCropsResponseModel", "PagedIApiMediaWithCropsResponseModel", media: true);
        return new JsonObject
        {
            ["openapi"] = "3.0.1",
            ["info"] = new JsonObject
            {
                ["title"] = "Umbraco Delivery API",
                ["description"] = Description(settings),
                ["version"] = "Latest",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = OpenApiSchemas.All() },
        };
    }

    private static string Description(DeliveryApiExtensionSettings settings) => string.Create(CultureInfo.InvariantCulture, $"""
        Wire-compatible with Umbraco 17's Content Delivery API v2, with these extensions:

        * **Reads from an in-memory published cache** updated when a change commits; the instance reports ready only once it is loaded.
        * **HTTP caching**: every 200 has a strong `ETag` and, where it applies, `Last-Modified`; `If-None-Match` (and `If-Modified-Since` on items) answer `304`. Public answers carry `Cache-Control: public, max-age={settings.MaxAgeSeconds}, stale-while-revalidate={settings.StaleWhileRevalidateSeconds}`; preview or keyed answers `private, no-store`.
        * **Filter and sort on any document type property** with the same syntax: `filter=closingDate>2019-08-01`, `filter=audience:Parents and carers`, `sort=closingDate:asc`. Numbers and dates take `:`, `:!`, `>`, `>:`, `<`, `<:`; text, tags and true/false take `:` and `:!` (whole value, case-insensitive; `name:` matches by "contains"). Consultations also filter and sort on `status`, capital fund plans on `total`.
        * **Stable default order**: tree order (parents before children, siblings by sort order); sorts break ties in tree order. Items without a sorted value come last.
        * **Explicit 400s** naming the bad parameter (`parameter` in the problem body) for input Umbraco refuses or silently misreads: unknown options, malformed `filter` values, `sort` directions other than `asc`/`desc` (Umbraco sorts `ASC` descending), malformed `expand`, `fields`, `skip`, `take` or `id`, and `expand`/`fields` nested deeper than {SelectionParameters.MaxNesting} levels. `take` has no upper limit. `LocalOffer:DeliveryApi:LenientQueryParsing=true` reads malformed values as Umbraco does instead.
        * **Full-text search** (extension): `GET /content?q=…` searches published content (misspellings, SEND acronyms and synonyms, words inside linked PDF, DOCX, XLSX and PPTX downloads). Items are the usual content items, rendered and access-checked as always, ordered by relevance unless `sort` is given. Each item gains `search` (`snippet` with matches in `<mark>`, `foundIn` naming downloads the words were found in); the page gains `facets` (`contentType`, `year`, `tag`), `didYouMean` and `relaxed`. Umbraco clients ignore these members. Any `q` text is read as plain text; `filter` takes `contentType:`, `tag:` and `year:`, `sort` one of `relevance`, `name`, `updateDate`, `publishDate`, `take` at most 100; `fetch` is refused. Public answers are cached like other queries.
        * **Media query** accepts what Umbraco's does (`fetch=children:…`, `filter=mediaType:` and `name:`, sorts on `createDate`, `updateDate`, `name`, `sortOrder`) and applies every sort in turn, where Umbraco keeps only the last.
        """);

    private static void AddTree(JsonObject paths, string segment, string tag, string itemSchema, string pageSchema, bool media)
    {
        var name = media ? "Media" : "Content";
        var basePath = $"{DeliveryApiEndpoints.BasePath}/{segment}";
        paths[basePath] = Get(tag, $"Get{name}2.0", media ? "Gets a page of media items." : "Gets a page of content items, or (extension) searches them with q.", [
            .. media ? Array.Empty<JsonNode>() : [Query("q", OpenApiParameterText.Search)],
            Query("fetch", OpenApiParameterText.Fetch(media)),
            ArrayQuery("filter", OpenApiParameterText.Filter(media)),
            ArrayQuery("sort", OpenApiParameterText.Sort(media)),
            Query("skip", "How many items to skip; 0 or more.", Int32(0)),
            Query("take", "How many items to return; 0 or more, with no upper limit.", Int32(10)),
            .. Selections(),
            .. Headers(media)], pageSchema, media ? [200, 400] : [200, 400, 404]);
        paths[$"{basePath}/item/{{path}}"] = Get(tag, $"Get{name}ItemByPath2.0", media ? "Gets a media item by its path of names, such as /downloads/plan/." : "Gets a content item by its route path.", [
            new JsonObject { ["name"] = "path", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string", ["default"] = "" } },
            .. Selections(),
            .. Headers(media)], itemSchema, media ? [200, 404] : [200, 401, 403, 404]);
        paths[$"{basePath}/item/{{id}}"] = Get(tag, $"Get{name}ItemById2.0", $"Gets a {segment} item by its key.", [
            new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" } },
            .. Selections(),
            .. Headers(media)], itemSchema, media ? [200, 404] : [200, 401, 403, 404]);
        paths[$"{basePath}/items"] = Get(tag, $"Get{name}Items2.0", $"Gets {segment} items by their keys; unknown keys are left out. A key that is not a GUID is a 400.", [
            new JsonObject
            {
                ["name"] = "id",
                ["in"] = "query",
                ["schema"] = new JsonObject { ["uniqueItems"] = true, ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" } },
            },
            .. Selections(),
            .. Headers(media)], null, media ? [200] : [200, 401, 403], arrayOf: itemSchema);
    }

    /// <summary>One operation, listing the responses Umbraco's swagger.json lists for it (<paramref name="statuses"/>), plus 304.</summary>
    private static JsonObject Get(string tag, string operationId, string summary, JsonNode[] parameters, string? schema, int[] statuses, string? arrayOf = null)
    {
        var success = schema is not null
            ? OpenApiSchemas.OneOf(schema)
            : new JsonObject { ["type"] = "array", ["items"] = OpenApiSchemas.OneOf(arrayOf!) };
        var responses = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = "OK. Carries ETag (except on long streamed pages), Last-Modified and Cache-Control headers.",
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = success } },
            },
            ["304"] = new JsonObject { ["description"] = "Not Modified (extension): the If-None-Match entity tag (or If-Modified-Since date) still holds." },
        };
        foreach (var status in statuses.Where(status => status != 200))
        {
            responses[status.ToString(CultureInfo.InvariantCulture)] = status switch
            {
                400 => Problem("Bad Request: an option does not exist or a value is malformed; `parameter` names it."),
                401 => new JsonObject { ["description"] = "Unauthorized" },
                403 => new JsonObject { ["description"] = "Forbidden" },
                _ => new JsonObject { ["description"] = "Not Found" },
            };
        }

        return new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["tags"] = new JsonArray(tag),
                ["summary"] = summary,
                ["operationId"] = operationId,
                ["parameters"] = new JsonArray(parameters),
                ["responses"] = responses,
            },
        };
    }

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject
        {
            ["application/json"] = new JsonObject { ["schema"] = OpenApiSchemas.OneOf("ProblemDetails") },
            ["application/problem+json"] = new JsonObject { ["schema"] = OpenApiSchemas.OneOf("ProblemDetails") },
        },
    };

    private static JsonNode[] Selections() =>
    [
        Query("expand", $"Properties whose picked items are written with their properties: `$all` or `properties[$all]`, `properties[a,b]`, nested `properties[a[properties[b]]]`; at most {SelectionParameters.MaxNesting} levels."),
        Query("fields", "Properties to include, same syntax; default `properties[$all]`."),
    ];

    private static JsonNode[] Headers(bool media) => media
        ? [Header("Api-Key", "API key; required when media public access is off.")]
        :
        [
            Header("Accept-Language", "One culture (a language's ISO code, such as `pl-PL`; not a list with weights) to return culture-variant content in: its name, route and culture-variant properties in that language. Without it, or with a list, the default language. Culture-variant content not published in that culture is not found; invariant content is the same in every culture."),
            Header("Accept-Segment", "Segment of the content (the content has no segments; accepted for compatibility)."),
            Header("Api-Key", "API key; required for preview and when public access is off."),
            Header("Preview", "`true` returns drafts; needs the Api-Key.", new JsonObject { ["type"] = "boolean" }),
            Header("Start-Item", "Key or URL segment of the root item that paths and queries are resolved under."),
        ];

    private static JsonObject Query(string name, string description, JsonObject? schema = null) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["description"] = description,
        ["schema"] = schema ?? new JsonObject { ["type"] = "string" },
    };

    private static JsonObject ArrayQuery(string name, string description) => Query(name, description, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } });

    private static JsonObject Header(string name, string description, JsonObject? schema = null) => new()
    {
        ["name"] = name,
        ["in"] = "header",
        ["description"] = description,
        ["schema"] = schema ?? new JsonObject { ["type"] = "string" },
    };

    private static JsonObject Int32(int defaultValue) => new() { ["type"] = "integer", ["format"] = "int32", ["default"] = defaultValue };
}
