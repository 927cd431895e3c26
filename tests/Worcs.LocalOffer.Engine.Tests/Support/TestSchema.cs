using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Engine.Tests.Support;

/// <summary>
/// A small site schema: home at the root, a news index under it, news articles under that; a folder and a file
/// media type. Articles have a mandatory title, a summary that must not be in capitals, an amount and a count.
/// </summary>
public sealed record TestSchema(ContentType Home, ContentType NewsIndex, ContentType NewsArticle, ContentType Folder, ContentType File)
{
    public static async Task<TestSchema> CreateAsync(DataTypeService dataTypes, ContentTypeService contentTypes)
    {
        foreach (var dataType in TestDataTypes.All)
        {
            Assert.That((await dataTypes.SaveAsync(dataType)).Succeeded, Is.True, $"data type {dataType.Name}");
        }

        var article = new ContentTypeBuilder("newsArticle")
            .WithProperty("title", TestDataTypes.TextBox.Key, mandatory: true)
            .WithProperty("summary", TestDataTypes.TextArea.Key, regex: "^(?![\\s\\S]*[A-Z]{6})[\\s\\S]*$", regexMessage: "Do not write the summary in capitals.")
            .WithProperty("amount", TestDataTypes.Decimal.Key)
            .WithProperty("count", TestDataTypes.Integer.Key)
            .Build();
        var newsIndex = new ContentTypeBuilder("newsIndex").AllowingChildren(article).Build();
        var home = new ContentTypeBuilder("home").AllowedAtRoot().AllowingChildren(newsIndex).Build();
        var file = new ContentTypeBuilder("File", ContentTypeKind.Media).AllowedAtRoot().WithProperty("caption", TestDataTypes.TextBox.Key, mandatory: true).Build();
        var folder = new ContentTypeBuilder("Folder", ContentTypeKind.Media).AllowedAtRoot().AllowingChildren(file).Build();
        folder.AllowedChildTypeKeys.Add(folder.Key);
        foreach (var type in new[] { article, newsIndex, home, file, folder })
        {
            var saved = await contentTypes.SaveAsync(type);
            Assert.That(saved.Succeeded, Is.True, $"type {type.Alias}: {saved}");
        }

        return new TestSchema(home, newsIndex, article, folder, file);
    }
}
