using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

/// <summary>Builds Umbraco 17 block grid values: a row block with two areas and text blocks placed at the root or in them.</summary>
internal static class BlockGridValues
{
    public static readonly Guid Row = Guid.Parse("20000000-0000-4000-8000-000000000001");
    public static readonly Guid Text = Guid.Parse("20000000-0000-4000-8000-000000000002");
    public static readonly Guid Quote = Guid.Parse("20000000-0000-4000-8000-000000000003");
    public static readonly Guid Left = Guid.Parse("9c173a2d-8010-4de4-ae63-a79cecf8dec0");
    public static readonly Guid Right = Guid.Parse("4725a342-5346-4c08-9de4-254ef1e7e704");

    /// <summary>A row (root only, areas left and right of 6 columns each, at most 2 blocks on the right) and text (anywhere, spans 4, 6 or 12).</summary>
    public static readonly string Configuration = $$"""
        {"blocks":[
          {"contentElementTypeKey":"{{Row}}","settingsElementTypeKey":null,"allowAtRoot":true,"allowInAreas":false,"areaGridColumns":null,
           "areas":[{"key":"{{Left}}","alias":"left","columnSpan":6,"rowSpan":1,"minAllowed":0,"maxAllowed":null},
                    {"key":"{{Right}}","alias":"right","columnSpan":6,"rowSpan":1,"minAllowed":1,"maxAllowed":2,"specifiedAllowance":[{"elementTypeKey":"{{Text}}","minAllowed":null,"maxAllowed":null}]}]},
          {"contentElementTypeKey":"{{Text}}","settingsElementTypeKey":null,"allowAtRoot":true,"allowInAreas":true,"areas":[],
           "columnSpanOptions":[{"columnSpan":4},{"columnSpan":6},{"columnSpan":12}],"rowMinSpan":1,"rowMaxSpan":2},
          {"contentElementTypeKey":"{{Quote}}","settingsElementTypeKey":null,"allowAtRoot":false,"allowInAreas":true,"areas":[]}],
         "gridColumns":12,"validationLimit":{"min":null,"max":3} }
        """;

    public static Guid Key(int number) => Guid.Parse($"b0000000-0000-4000-8000-{number:D12}");

    public static JsonObject Item(int number, int columnSpan = 12, int rowSpan = 1, params JsonObject[] areas) => new()
    {
        ["contentKey"] = Key(number).ToString(),
        ["settingsKey"] = null,
        ["areas"] = new JsonArray([.. areas]),
        ["columnSpan"] = columnSpan,
        ["rowSpan"] = rowSpan,
    };

    public static JsonObject Area(Guid key, params JsonObject[] items) => new()
    {
        ["key"] = key.ToString(),
        ["items"] = new JsonArray([.. items]),
    };

    /// <summary>A grid value with the given root layout and one content item per (number, element type).</summary>
    public static string Grid(JsonObject[] layout, params (int Number, Guid Type, string Words)[] contents) => new JsonObject
    {
        ["layout"] = new JsonObject { ["Umbraco.BlockGrid"] = new JsonArray([.. layout]) },
        ["contentData"] = new JsonArray([.. contents.Select(content => (JsonNode)new JsonObject
        {
            ["contentTypeKey"] = content.Type.ToString(),
            ["key"] = Key(content.Number).ToString(),
            ["values"] = new JsonArray(new JsonObject
            {
                ["editorAlias"] = "Umbraco.TextBox",
                ["culture"] = null,
                ["segment"] = null,
                ["alias"] = "words",
                ["value"] = content.Words,
            }),
        })]),
        ["settingsData"] = new JsonArray(),
        ["expose"] = new JsonArray([.. contents.Select(content => (JsonNode)new JsonObject { ["contentKey"] = Key(content.Number).ToString(), ["culture"] = null, ["segment"] = null })]),
    }.ToJsonString();

    /// <summary>A row at the root with one text block in its right area, and a text block of 6 columns at the root.</summary>
    public static string RowWithText() => Grid(
        [Item(1, 12, 1, Area(Left), Area(Right, Item(2, 6))), Item(3, 6)],
        (1, Row, ""),
        (2, Text, "Speech and language therapy"),
        (3, Text, "Short breaks for families"));
}
