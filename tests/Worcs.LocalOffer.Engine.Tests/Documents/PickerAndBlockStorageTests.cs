using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.PropertyEditors;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

/// <summary>The new pickers and block editors through the engine and a real database: storage, checks and conversions.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class PickerAndBlockStorageTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    private async Task AddPropertyAsync(string alias, DataType dataType)
    {
        Assert.That((await DataTypes.SaveAsync(dataType)).Succeeded, Is.True, dataType.Name);
        var article = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        article.Properties.Add(new PropertyType { Alias = alias, Name = alias, DataTypeKey = dataType.Key });
        Assert.That((await ContentTypes.SaveAsync(article)).Succeeded, Is.True);
    }

    private async Task SaveElementTypesAsync()
    {
        foreach (var (key, alias) in new[] { (BlockGridValues.Row, "row"), (BlockGridValues.Text, "text"), (BlockGridValues.Quote, "quote") })
        {
            var element = new ContentTypeBuilder(alias).AsElement().WithProperty("words", TestDataTypes.TextBox.Key, mandatory: alias == "text").Build();
            element.Key = key;
            Assert.That((await ContentTypes.SaveAsync(element)).Succeeded, Is.True, alias);
        }
    }

    [Test]
    public async Task Every_value_is_stored_and_read_back_byte_for_byte()
    {
        await SaveElementTypesAsync();
        var values = new (string Alias, string Editor, string Configuration, string Value)[]
        {
            ("related", PropertyEditorAliases.MultiNodeTreePicker, """{"startNode":{"type":"content","dynamicRoot":null},"filter":"","minNumber":0,"maxNumber":0,"ignoreUserStartNodes":false}""", "umb://document/4f1c0e5a9e2b4c6f8a1d2b3c4d5e6f70,umb://document/9a2b0e5a9e2b4c6f8a1d2b3c4d5e6f71"),
            ("school", PropertyEditorAliases.EntityDataPicker, """{"validationLimit":{"min":null,"max":null},"umbEditorDataSource":"Worcs.Schools"}""", """{"ids":["URN-116730"]}"""),
            ("reviewer", PropertyEditorAliases.UserPicker, "{}", "-1"),
            ("owner", PropertyEditorAliases.MemberPicker, "{}", "umb://member/2d3e0e5a9e2b4c6f8a1d2b3c4d5e6f73"),
            ("audience", PropertyEditorAliases.MemberGroupPicker, "{}", "1067,1068"),
            ("grid", PropertyEditorAliases.BlockGrid, BlockGridValues.Configuration, BlockGridValues.RowWithText()),
        };
        foreach (var (alias, editor, configuration, _) in values)
        {
            await AddPropertyAsync(alias, TestDataTypes.Make(alias, editor, configuration));
        }

        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Pickers", NewsIndex.Key, Values([("title", "T"), .. values.Select(value => (value.Alias, (string?)value.Value))])));
        var published = await Documents.PublishAsync(created.Value!.Key);

        var draft = (await Documents.GetAsync(created.Value.Key))!.Draft;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Succeeded, Is.True, created.ToString());
            Assert.That(published.Succeeded, Is.True, published.ToString());
            foreach (var (alias, _, _, value) in values)
            {
                Assert.That(draft.GetValue(alias), Is.EqualTo(value), alias);
            }
        }
    }

    [Test]
    public async Task A_mandatory_value_missing_deep_in_a_grid_area_is_reported_at_its_path_on_publish()
    {
        await SaveElementTypesAsync();
        await AddPropertyAsync("grid", TestDataTypes.Make("Grid", PropertyEditorAliases.BlockGrid, BlockGridValues.Configuration));
        var value = BlockGridValues.RowWithText().Replace("Speech and language therapy", "", StringComparison.Ordinal);

        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Grid", NewsIndex.Key, Values(("title", "T"), ("grid", value))));
        var published = await Documents.PublishAsync(created.Value!.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Succeeded, Is.True, created.ToString());
            Assert.That(published.Errors.Single().Path, Is.EqualTo("properties.grid.items[0].areas[1].items[0].words"));
        }
    }

    [Test]
    public async Task A_tree_picker_data_type_with_an_unknown_start_node_type_is_refused()
    {
        var saved = await DataTypes.SaveAsync(TestDataTypes.Make("Related", PropertyEditorAliases.MultiNodeTreePicker, """{"startNode":{"type":"document"}}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(saved.Errors.Single().Path, Is.EqualTo("configuration.startNode.type"));
        }
    }

    [Test]
    public async Task Moving_a_property_from_a_content_picker_to_a_tree_picker_keeps_the_picked_document()
    {
        const string Picked = "umb://document/4f1c0e5a9e2b4c6f8a1d2b3c4d5e6f70";
        await AddPropertyAsync("related", TestDataTypes.Make("Picker", PropertyEditorAliases.ContentPicker, "{}"));
        var article = await CreateArticleAsync("Linked");
        await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Linked", Values(("title", "T"), ("related", Picked))));
        var treePicker = TestDataTypes.Make("Tree picker", PropertyEditorAliases.MultiNodeTreePicker, """{"startNode":{"type":"content"},"maxNumber":0}""");
        Assert.That((await DataTypes.SaveAsync(treePicker)).Succeeded, Is.True);
        var type = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        type.Properties.Single(property => property.Alias == "related").DataTypeKey = treePicker.Key;

        var saved = await ContentTypes.SaveAsync(type);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That((await Documents.GetAsync(article.Key))!.Draft.GetValue("related"), Is.EqualTo(Picked));
        }
    }

    [Test]
    public async Task Moving_a_block_list_property_to_a_block_grid_is_refused_with_the_reason()
    {
        await SaveElementTypesAsync();
        var list = TestDataTypes.Make("List", PropertyEditorAliases.BlockList, $$"""{"blocks":[{"contentElementTypeKey":"{{BlockGridValues.Text}}"}]}""");
        await AddPropertyAsync("blocks", list);
        var key = Guid.NewGuid();
        var value = $$"""{"layout":{"Umbraco.BlockList":[{"contentKey":"{{key}}","settingsKey":null}]},"contentData":[{"contentTypeKey":"{{BlockGridValues.Text}}","key":"{{key}}","values":[{"editorAlias":"Umbraco.TextBox","culture":null,"segment":null,"alias":"words","value":"Respite"}]}],"settingsData":[],"expose":[]}""";
        var article = await CreateArticleAsync("Listed");
        Assert.That((await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Listed", Values(("title", "T"), ("blocks", value))))).Succeeded, Is.True);
        var grid = TestDataTypes.Make("Grid", PropertyEditorAliases.BlockGrid, BlockGridValues.Configuration);
        Assert.That((await DataTypes.SaveAsync(grid)).Succeeded, Is.True);
        var type = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        type.Properties.Single(property => property.Alias == "blocks").DataTypeKey = grid.Key;

        var saved = await ContentTypes.SaveAsync(type);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(saved.Errors.Single().Path, Is.EqualTo($"documents.{article.Key}.properties.blocks"));
            Assert.That(saved.Errors.Single().Message, Does.Contain("Umbraco has no migration from Umbraco.BlockList to Umbraco.BlockGrid"));
            Assert.That((await Documents.GetAsync(article.Key))!.Draft.GetValue("blocks"), Is.EqualTo(value));
        }
    }
}
