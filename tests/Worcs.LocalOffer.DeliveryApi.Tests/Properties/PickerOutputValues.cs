using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Properties;

/// <summary>Data types and stored values (in Umbraco's storage format) for <see cref="PickerAndBlockGridOutputTests"/>.</summary>
internal static class PickerOutputValues
{
    public static readonly Guid Row = Guid.Parse("21000000-0000-4000-8000-000000000001");
    public static readonly Guid Text = Guid.Parse("21000000-0000-4000-8000-000000000002");
    public static readonly Guid Tone = Guid.Parse("21000000-0000-4000-8000-000000000003");
    private static readonly Guid Left = Guid.Parse("21000000-0000-4000-8000-0000000000a1");
    private static readonly Guid Right = Guid.Parse("21000000-0000-4000-8000-0000000000a2");

    private static readonly string GridConfiguration = $$"""
        {"blocks":[{"contentElementTypeKey":"{{Row}}","settingsElementTypeKey":null,"allowAtRoot":true,"allowInAreas":false,"areaGridColumns":8,
                    "areas":[{"key":"{{Left}}","alias":"left","columnSpan":4,"rowSpan":1},{"key":"{{Right}}","alias":"right","columnSpan":4,"rowSpan":1}]},
                   {"contentElementTypeKey":"{{Text}}","settingsElementTypeKey":"{{Tone}}","allowAtRoot":true,"allowInAreas":true,"areas":[]}],
         "gridColumns":12,"validationLimit":{"min":null,"max":null} }
        """;

    public static IReadOnlyList<(string Alias, string Editor, string Configuration)> DataTypes =>
    [
        ("related", PropertyEditorAliases.MultiNodeTreePicker, """{"startNode":{"type":"content"},"filter":"","minNumber":0,"maxNumber":0}"""),
        ("emptyRelated", PropertyEditorAliases.MultiNodeTreePicker, """{"startNode":{"type":"content"}}"""),
        ("relatedMedia", PropertyEditorAliases.MultiNodeTreePicker, """{"startNode":{"type":"media"}}"""),
        ("relatedMembers", PropertyEditorAliases.MultiNodeTreePicker, """{"startNode":{"type":"member"}}"""),
        ("school", PropertyEditorAliases.EntityDataPicker, """{"validationLimit":{"min":null,"max":null},"umbEditorDataSource":"Worcs.Schools"}"""),
        ("reviewer", PropertyEditorAliases.UserPicker, "{}"),
        ("owner", PropertyEditorAliases.MemberPicker, "{}"),
        ("noOwner", PropertyEditorAliases.MemberPicker, "{}"),
        ("audience", PropertyEditorAliases.MemberGroupPicker, "{}"),
        ("noAudience", PropertyEditorAliases.MemberGroupPicker, "{}"),
        ("grid", PropertyEditorAliases.BlockGrid, GridConfiguration),
        ("emptyGrid", PropertyEditorAliases.BlockGrid, GridConfiguration),
        ("hero", PropertyEditorAliases.SingleBlock, $$"""{"blocks":[{"contentElementTypeKey":"{{Text}}","settingsElementTypeKey":null}]}"""),
        ("noHero", PropertyEditorAliases.SingleBlock, $$"""{"blocks":[{"contentElementTypeKey":"{{Text}}","settingsElementTypeKey":null}]}"""),
    ];

    public static IEnumerable<(string Alias, string? Value)> Values(Guid document, Guid missingDocument, Guid media)
    {
        yield return ("related", $"{new Udi(UdiEntityTypes.Document, document)},{new Udi(UdiEntityTypes.Document, missingDocument)}");
        yield return ("relatedMedia", new Udi(UdiEntityTypes.Media, media).ToString());
        yield return ("relatedMembers", "umb://member/2d3e0e5a9e2b4c6f8a1d2b3c4d5e6f73");
        yield return ("school", """{"ids":["URN-116730","URN-116731"]}""");
        yield return ("reviewer", "-1");
        yield return ("owner", "umb://member/2d3e0e5a9e2b4c6f8a1d2b3c4d5e6f73");
        yield return ("audience", "1067");
        yield return ("grid", Grid());
        yield return ("hero", Hero());
    }

    private static string Element(Guid key, Guid type, string words) =>
        $$"""{"contentTypeKey":"{{type}}","key":"{{key}}","values":[{"editorAlias":"Umbraco.TextBox","culture":null,"segment":null,"alias":"words","value":"{{words}}"}]}""";

    private static string Grid()
    {
        var (row, inArea, atRoot, tone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        return $$"""
            {"layout":{"Umbraco.BlockGrid":[
               {"contentKey":"{{row}}","settingsKey":null,"columnSpan":12,"rowSpan":1,"areas":[
                  {"key":"{{Right}}","items":[{"contentKey":"{{inArea}}","settingsKey":null,"columnSpan":4,"rowSpan":1,"areas":[]}]}]},
               {"contentKey":"{{atRoot}}","settingsKey":"{{tone}}","columnSpan":12,"rowSpan":1,"areas":[]}]},
             "contentData":[{{Element(row, Row, "")}},{{Element(inArea, Text, "Speech and language therapy")}},{{Element(atRoot, Text, "Short breaks")}}],
             "settingsData":[{{Element(tone, Tone, "Calm")}}],
             "expose":[{"contentKey":"{{row}}","culture":null,"segment":null},{"contentKey":"{{inArea}}","culture":null,"segment":null},{"contentKey":"{{atRoot}}","culture":null,"segment":null}]}
            """;
    }

    private static string Hero()
    {
        var key = Guid.NewGuid();
        return $$"""
            {"layout":{"Umbraco.SingleBlock":[{"contentKey":"{{key}}","settingsKey":null}]},"contentData":[{{Element(key, Text, "Welcome to the Local Offer")}}],"settingsData":[],
             "expose":[{"contentKey":"{{key}}","culture":null,"segment":null}]}
            """;
    }
}
