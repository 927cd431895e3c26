using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>Words in a block grid's blocks, even inside areas, make their page searchable; its settings do not.</summary>
public sealed class BlockGridSearchTests
{
    private static readonly Guid ShortText = Guid.Parse("e9971ba1-754c-5ef4-a6ed-bb6261667149");
    private static readonly Guid Row = Guid.NewGuid();
    private static readonly Guid Text = Guid.NewGuid();
    private static readonly Guid Area = Guid.NewGuid();

    [Test]
    public async Task A_word_in_a_block_inside_a_grid_area_finds_the_page_and_a_settings_word_does_not()
    {
        await using var site = await SearchSite.CreateAsync();
        await using var indexing = await site.StartBackgroundIndexingAsync();
        await AddGridAsync(site.Services);
        var (row, inArea, settings) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var grid = $$"""
            {"layout":{"Umbraco.BlockGrid":[{"contentKey":"{{row}}","settingsKey":"{{settings}}","columnSpan":12,"rowSpan":1,"areas":[
               {"key":"{{Area}}","items":[{"contentKey":"{{inArea}}","settingsKey":null,"columnSpan":6,"rowSpan":1,"areas":[]}]}]}]},
             "contentData":[{"contentTypeKey":"{{Row}}","key":"{{row}}","values":[]},
                            {"contentTypeKey":"{{Text}}","key":"{{inArea}}","values":[{"editorAlias":"Umbraco.TextBox","culture":null,"segment":null,"alias":"words","value":"Quokkaesque sensory play sessions"}]}],
             "settingsData":[{"contentTypeKey":"{{Text}}","key":"{{settings}}","values":[{"editorAlias":"Umbraco.TextBox","culture":null,"segment":null,"alias":"words","value":"Wallabyish panel"}]}],
             "expose":[]}
            """;
        var values = SeedContent.NewsArticle("Play sessions", "Play for under fives.");
        values["layoutGrid"] = grid;

        var created = await site.Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Play sessions", SeedContent.NewsIndexKey, values), publish: true);
        Assert.That(created.Succeeded, Is.True, () => string.Join("; ", created.Errors));

        var found = await Eventually.Until(() => site.SearchAsync("quokkaesque"), response => response.Total > 0, "the grid's words to be searchable");
        var settingsWord = await site.SearchAsync("wallabyish");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.Items[0].Key, Is.EqualTo(created.Value!.Key));
            Assert.That(settingsWord.Total, Is.Zero);
        }
    }

    private static async Task AddGridAsync(IServiceProvider services)
    {
        var types = services.GetRequiredService<ContentTypeService>();
        foreach (var (key, alias) in new[] { (Row, "searchRow"), (Text, "searchText") })
        {
            var element = new ContentType { Key = key, Alias = alias, Name = alias, IsElement = true, Properties = [new PropertyType { Key = Guid.NewGuid(), Alias = "words", Name = "Words", DataTypeKey = ShortText }] };
            Assert.That((await types.SaveAsync(element)).Succeeded, Is.True, alias);
        }

        var configuration = $$"""
            {"blocks":[{"contentElementTypeKey":"{{Row}}","settingsElementTypeKey":"{{Text}}","areas":[{"key":"{{Area}}","alias":"main","columnSpan":6,"rowSpan":1}]},
                       {"contentElementTypeKey":"{{Text}}","settingsElementTypeKey":null}],"gridColumns":12}
            """;
        var dataType = new DataType { Key = Guid.NewGuid(), Name = "Search grid", EditorAlias = PropertyEditorAliases.BlockGrid, ConfigurationJson = configuration };
        Assert.That((await services.GetRequiredService<DataTypeService>().SaveAsync(dataType)).Succeeded, Is.True);
        var article = (await types.GetAllAsync()).Single(type => type.Alias == "newsArticle");
        article.Properties.Add(new PropertyType { Key = Guid.NewGuid(), Alias = "layoutGrid", Name = "Layout grid", DataTypeKey = dataType.Key, GroupAlias = article.Properties[0].GroupAlias, SortOrder = 99 });
        Assert.That((await types.SaveAsync(article, article.Revision)).Succeeded, Is.True);
    }
}
