using System.Text.Json;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Properties;

/// <summary>The tree, entity, people pickers, block grid and single block over HTTP, shaped as Umbraco 17 writes them.</summary>
[TestFixture]
[NonParallelizable]
public sealed class PickerAndBlockGridOutputTests
{
    private static readonly Guid ShortText = Guid.Parse("e9971ba1-754c-5ef4-a6ed-bb6261667149");
    private static readonly Guid Missing = Guid.Parse("0000dead-0000-4000-8000-000000000000");
    private SeedHost _host = null!;
    private JsonElement _properties;

    [OneTimeSetUp]
    public async Task StartAndPublishAsync()
    {
        _host = await SeedHost.StartAsync();
        await SaveTypeAsync(ElementType(PickerOutputValues.Row, "gridRow"));
        await SaveTypeAsync(ElementType(PickerOutputValues.Text, "gridText"));
        await SaveTypeAsync(ElementType(PickerOutputValues.Tone, "gridTone"));
        var article = (await _host.Get<ContentTypeService>().GetAllAsync()).Single(type => type.Alias == "newsArticle");
        foreach (var (alias, editor, configuration) in PickerOutputValues.DataTypes)
        {
            var dataType = new DataType { Key = Guid.NewGuid(), Name = $"Test {alias}", EditorAlias = editor, ConfigurationJson = configuration };
            Assert.That((await _host.Get<DataTypeService>().SaveAsync(dataType)).Succeeded, Is.True, alias);
            article.Properties.Add(new PropertyType { Key = Guid.NewGuid(), Alias = alias, Name = alias, DataTypeKey = dataType.Key, GroupAlias = article.Properties[0].GroupAlias, SortOrder = 100 + article.Properties.Count });
        }

        Assert.That((await _host.Get<ContentTypeService>().SaveAsync(article, article.Revision)).Succeeded, Is.True);
        var documents = _host.Get<DocumentService>();
        var cabinet = (await documents.GetAsync(Seed.CabinetArticle))!;
        var values = new Dictionary<string, string?>(cabinet.Draft.Values, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, value) in PickerOutputValues.Values(Seed.NewsIndex, Missing, Seed.CapitalFundPlanPdf))
        {
            values[alias] = value;
        }

        var saved = await documents.SaveAsync(new NodeUpdateRequest(Seed.CabinetArticle, cabinet.Node.Name, values), publish: true);
        Assert.That(saved.Succeeded, Is.True, saved.ToString());
        _properties = (await _host.Client.GetApiAsync($"content/item/{Seed.CabinetArticle}")).Json.GetProperty("properties");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private static ContentType ElementType(Guid key, string alias) => new()
    {
        Key = key,
        Alias = alias,
        Name = alias,
        Kind = ContentTypeKind.Document,
        IsElement = true,
        Properties = [new PropertyType { Key = Guid.NewGuid(), Alias = "words", Name = "Words", DataTypeKey = ShortText }],
    };

    private async Task SaveTypeAsync(ContentType type) =>
        Assert.That((await _host.Get<ContentTypeService>().SaveAsync(type)).Succeeded, Is.True, type.Alias);

    [Test]
    public async Task Tree_picked_documents_are_content_items_with_properties_only_when_expanded()
    {
        var expanded = (await _host.Client.GetApiAsync($"content/item/{Seed.CabinetArticle}?expand=properties[related]")).Json.GetProperty("properties").GetProperty("related");
        var related = _properties.GetProperty("related");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(related.GetArrayLength(), Is.EqualTo(1), "the missing document is left out");
            Assert.That(related[0].PropertyNames(), Is.EqualTo(new[] { "contentType", "name", "createDate", "updateDate", "route", "id", "properties" }));
            Assert.That(related[0].GetProperty("id").GetGuid(), Is.EqualTo(Seed.NewsIndex));
            Assert.That(related[0].GetProperty("properties").PropertyNames(), Is.Empty);
            Assert.That(expanded[0].GetProperty("properties").PropertyNames(), Is.Not.Empty);
        }
    }

    [Test]
    public void Tree_picked_media_are_media_items_without_crops()
    {
        var media = _properties.GetProperty("relatedMedia");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(media.GetArrayLength(), Is.EqualTo(1));
            Assert.That(media[0].PropertyNames(), Is.EqualTo(new[] { "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties" }));
            Assert.That(media[0].GetProperty("id").GetGuid(), Is.EqualTo(Seed.CapitalFundPlanPdf));
        }
    }

    [Test]
    public void Members_are_never_delivered_and_users_and_groups_come_out_as_umbraco_writes_them()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_properties.GetProperty("relatedMembers").GetString(), Is.EqualTo("(unsupported)"));
            Assert.That(_properties.GetProperty("owner").GetString(), Is.EqualTo("(unsupported)"));
            Assert.That(_properties.GetProperty("noOwner").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(_properties.GetProperty("reviewer").GetInt32(), Is.EqualTo(-1));
            Assert.That(_properties.GetProperty("audience").GetRawText(), Is.EqualTo("[]"));
            Assert.That(_properties.GetProperty("noAudience").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(_properties.GetProperty("emptyRelated").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public void Entity_data_picks_come_with_their_data_source()
    {
        Assert.That(_properties.GetProperty("school").GetRawText(), Is.EqualTo("""{"ids":["URN-116730","URN-116731"],"dataSource":"Worcs.Schools"}"""));
    }

    [Test]
    public void The_block_grid_has_its_columns_spans_and_areas_in_umbraco_order()
    {
        var grid = _properties.GetProperty("grid");
        var row = grid.GetProperty("items")[0];
        var right = row.GetProperty("areas")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(grid.PropertyNames(), Is.EqualTo(new[] { "gridColumns", "items" }));
            Assert.That(grid.GetProperty("gridColumns").GetInt32(), Is.EqualTo(12));
            Assert.That(grid.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
            Assert.That(row.PropertyNames(), Is.EqualTo(new[] { "rowSpan", "columnSpan", "areaGridColumns", "areas", "content", "settings" }));
            Assert.That(row.GetProperty("areaGridColumns").GetInt32(), Is.EqualTo(8));
            Assert.That(row.GetProperty("areas").GetArrayLength(), Is.EqualTo(1));
            Assert.That(right.PropertyNames(), Is.EqualTo(new[] { "alias", "rowSpan", "columnSpan", "items" }));
            Assert.That(right.Str("alias"), Is.EqualTo("right"));
            Assert.That(right.GetProperty("columnSpan").GetInt32(), Is.EqualTo(4));
            Assert.That(right.GetProperty("items")[0].Str("content", "properties", "words"), Is.EqualTo("Speech and language therapy"));
            Assert.That(right.GetProperty("items")[0].GetProperty("areaGridColumns").GetInt32(), Is.EqualTo(12));
            Assert.That(right.GetProperty("items")[0].GetProperty("columnSpan").GetInt32(), Is.EqualTo(4));
            Assert.That(grid.GetProperty("items")[1].Str("settings", "properties", "words"), Is.EqualTo("Calm"));
            Assert.That(grid.GetProperty("items")[1].Str("content", "contentType"), Is.EqualTo("gridText"));
            Assert.That(_properties.GetProperty("emptyGrid").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public void A_single_block_is_one_content_and_settings_item_or_null()
    {
        var hero = _properties.GetProperty("hero");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hero.PropertyNames(), Is.EqualTo(new[] { "content", "settings" }));
            Assert.That(hero.Str("content", "properties", "words"), Is.EqualTo("Welcome to the Local Offer"));
            Assert.That(hero.GetProperty("settings").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(_properties.GetProperty("noHero").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }
}
