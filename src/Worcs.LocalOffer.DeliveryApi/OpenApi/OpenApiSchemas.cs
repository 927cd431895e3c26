using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.OpenApi;

/// <summary>The component schemas, named as in Umbraco 17's delivery swagger.json so generated clients keep their types.</summary>
internal static class OpenApiSchemas
{
    public static JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };

    /// <summary>A reference wrapped in <c>oneOf</c>, as Umbraco's swagger.json writes every polymorphic model.</summary>
    public static JsonObject OneOf(string name) => new() { ["oneOf"] = new JsonArray(Ref(name)) };

    public static JsonObject All() => new()
    {
        ["ApiContentStartItemModel"] = Object(
            ("id", Uuid()),
            ("path", String())),
        ["ApiContentRouteModel"] = Object(
            ("path", String()),
            ("queryString", Nullable(String())),
            ("startItem", OneOf("ApiContentStartItemModel"))),
        ["ApiContentResponseModel"] = Object(
            ("contentType", String()),
            ("name", String()),
            ("createDate", DateTime()),
            ("updateDate", DateTime()),
            ("route", OneOf("ApiContentRouteModel")),
            ("id", Uuid()),
            ("properties", PropertiesMap()),
            ("cultures", new JsonObject { ["type"] = "object", ["additionalProperties"] = OneOf("ApiContentRouteModel") }),
            ("search", Describe(Nullable(Ref("ApiContentSearchHitModel")), "Extension: present only on items of a q search."))),
        ["PagedIApiContentResponseModel"] = SearchPage(Paged("ApiContentResponseModel")),
        ["ApiContentSearchHitModel"] = Object(
            ("snippet", Describe(Nullable(String()), "HTML-encoded text around the matches, each match in <mark>.")),
            ("foundIn", Describe(new JsonObject { ["type"] = "array", ["items"] = String() }, "File names of linked downloads the words were found in."))),
        ["ApiSearchFacetsModel"] = Object(
            ("contentType", FacetValues()),
            ("year", FacetValues()),
            ("tag", FacetValues())),
        ["ApiSearchFacetValueModel"] = Object(("value", String()), ("count", Int32())),
        ["ImageFocalPointModel"] = Object(("left", Number()), ("top", Number())),
        ["ImageCropCoordinatesModel"] = Object(("x1", Number()), ("y1", Number()), ("x2", Number()), ("y2", Number())),
        ["ImageCropModel"] = Object(
            ("alias", Nullable(String())),
            ("width", Int32()),
            ("height", Int32()),
            ("coordinates", Nullable(Ref("ImageCropCoordinatesModel")))),
        ["ApiMediaWithCropsResponseModel"] = Object(
            ("path", String()),
            ("createDate", DateTime()),
            ("updateDate", DateTime()),
            ("focalPoint", Nullable(Ref("ImageFocalPointModel"))),
            ("crops", Nullable(new JsonObject { ["type"] = "array", ["items"] = OneOf("ImageCropModel") })),
            ("id", Uuid()),
            ("name", String()),
            ("mediaType", String()),
            ("url", String()),
            ("extension", Nullable(String())),
            ("width", Nullable(Int32())),
            ("height", Nullable(Int32())),
            ("bytes", Nullable(Int32())),
            ("properties", PropertiesMap())),
        ["PagedIApiMediaWithCropsResponseModel"] = Paged("ApiMediaWithCropsResponseModel"),
        ["ProblemDetails"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["type"] = Nullable(String()),
                ["title"] = Nullable(String()),
                ["status"] = Nullable(Int32()),
                ["detail"] = Nullable(String()),
                ["instance"] = Nullable(String()),
                ["parameter"] = Describe(Nullable(String()), "Extension: the query parameter or header that was wrong (400 only)."),
            },
            ["additionalProperties"] = new JsonObject(),
        },
    };

    private static JsonObject Object(params (string Name, JsonObject Schema)[] properties)
    {
        var map = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            map[name] = schema;
        }

        return new JsonObject
        {
            ["required"] = new JsonArray([.. properties.Where(property => property.Schema["nullable"] is null).Select(property => (JsonNode)property.Name)]),
            ["type"] = "object",
            ["properties"] = map,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Paged(string itemSchema) => Object(
        ("total", new JsonObject { ["type"] = "integer", ["format"] = "int64" }),
        ("items", new JsonObject { ["type"] = "array", ["items"] = OneOf(itemSchema) }));

    /// <summary>The q-only page members, optional so that the schema still describes an Umbraco page.</summary>
    private static JsonObject SearchPage(JsonObject page)
    {
        var properties = (JsonObject)page["properties"]!;
        properties["facets"] = Describe(Nullable(Ref("ApiSearchFacetsModel")), "Extension, q only: counts over all matches by content type, year and tag.");
        properties["didYouMean"] = Describe(Nullable(String()), "Extension, q only: a respelling of q from the site's own words, when a word is unknown.");
        properties["relaxed"] = Describe(Nullable(new JsonObject { ["type"] = "boolean" }), "Extension, q only: true when no item had every word, so items with some of them are given.");
        return page;
    }

    private static JsonObject FacetValues() => new() { ["type"] = "array", ["items"] = Ref("ApiSearchFacetValueModel") };

    private static JsonObject PropertiesMap() => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = new JsonObject { ["nullable"] = true },
        ["description"] = "Property values by alias, in each editor's Delivery API shape. Extension: consultations add `status` (upcoming, open or closed) and deliver `outcome` only once closed; capital fund plans add `total`.",
    };

    private static JsonObject String() => new() { ["type"] = "string" };

    private static JsonObject Uuid() => new() { ["type"] = "string", ["format"] = "uuid" };

    private static JsonObject DateTime() => new() { ["type"] = "string", ["format"] = "date-time" };

    private static JsonObject Int32() => new() { ["type"] = "integer", ["format"] = "int32" };

    private static JsonObject Number() => new() { ["type"] = "number", ["format"] = "double" };

    private static JsonObject Nullable(JsonObject schema)
    {
        if (schema["$ref"] is not null)
        {
            return new JsonObject { ["nullable"] = true, ["oneOf"] = new JsonArray(schema) };
        }

        schema["nullable"] = true;
        return schema;
    }

    private static JsonObject Describe(JsonObject schema, string description)
    {
        schema["description"] = description;
        return schema;
    }
}
