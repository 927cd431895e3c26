using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.ContentModel.Tests.Rules;

/// <summary>A news article as in <c>uSync/v17</c>, cut down to a title, the image picker and its alt text.</summary>
internal sealed class NewsArticleSchema
{
    public DataType Title { get; } = TestDataTypes.Make("Short text", PropertyEditorAliases.TextBox, """{"maxChars":250}""");

    public DataType Picture { get; } = TestDataTypes.Make(
        "News image",
        PropertyEditorAliases.MediaPicker3,
        """{"crops":[{"label":"Card","alias":"card","width":800,"height":450}],"enableLocalFocalPoint":true,"multiple":false,"validationLimit":{"max":1,"min":0}}""");

    public ContentType Article { get; }

    public NewsArticleSchema() =>
        Article = new ContentTypeBuilder(SendAliases.NewsArticle)
            .AllowedAtRoot()
            .WithProperty("title", Title.Key, mandatory: true)
            .WithProperty(SendAliases.Image, Picture.Key)
            .WithProperty(SendAliases.ImageAltText, Title.Key)
            .Build();

    public IReadOnlyList<DataType> DataTypes => [Title, Picture];

    /// <summary>A media picker value picking one image.</summary>
    public static string PickedImage(Guid mediaKey) =>
        $$$"""[{"key":"{{{Guid.NewGuid()}}}","mediaKey":"{{{mediaKey}}}","mediaTypeAlias":"Image","crops":[],"focalPoint":{"left":0.5,"top":0.4}}]""";

    public static Dictionary<string, string?> Values(string? image, string? altText) => new()
    {
        ["title"] = "Roadshow dates announced",
        [SendAliases.Image] = image,
        [SendAliases.ImageAltText] = altText,
    };
}
