using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Engine.Tests.ContentTypes;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ContentTypeServiceTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    [Test]
    public async Task Added_property_appears_with_no_value_on_existing_documents()
    {
        var article = await CreateArticleAsync("Existing", publish: true);
        var type = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        type.Properties.Add(new PropertyType { Alias = "audience", Name = "Audience", DataTypeKey = TestDataTypes.TextBox.Key });

        var saved = await ContentTypes.SaveAsync(type);
        var edited = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Existing", Values(("title", "A title"), ("audience", "Parents and carers"))), publish: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(edited.Succeeded, Is.True, edited.ToString());
            Assert.That((await Documents.GetAsync(article.Key))!.Published!.GetValue("audience"), Is.EqualTo("Parents and carers"));
        }
    }

    [Test]
    public async Task Removed_property_loses_its_values_in_every_version_when_the_type_is_saved()
    {
        var article = await CreateArticleAsync("Has amount", publish: true);
        await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Has amount", Values(("title", "T"), ("amount", "504960"))), publish: true);
        var type = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        type.Properties.RemoveAll(property => property.Alias == "amount");

        var saved = await ContentTypes.SaveAsync(type);

        var history = await Documents.GetHistoryAsync(article.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(history.Select(version => version.GetValue("amount")), Is.All.Null);
            Assert.That(Notifications.OfType<ContentTypeChangedNotification>().Single().AffectedNodeKeys, Is.EqualTo(new[] { article.Key }));
        }
    }

    [Test]
    public async Task Renamed_property_alias_keeps_its_values()
    {
        var article = await CreateArticleAsync("Renamed", title: "Kept");
        var type = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        type.Properties.Single(property => property.Alias == "title").Alias = "heading";

        await ContentTypes.SaveAsync(type);

        var draft = (await Documents.GetAsync(article.Key))!.Draft;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(draft.GetValue("heading"), Is.EqualTo("Kept"));
            Assert.That(draft.Values.ContainsKey("title"), Is.False);
        }
    }

    [Test]
    public async Task Data_type_change_converts_values_that_fit_the_new_editor()
    {
        var article = await CreateArticleAsync("Counted");
        await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Counted", Values(("title", "T"), ("count", "42"))));
        var type = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        type.Properties.Single(property => property.Alias == "count").DataTypeKey = TestDataTypes.Decimal.Key;

        var saved = await ContentTypes.SaveAsync(type);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(decimal.Parse((await Documents.GetAsync(article.Key))!.Draft.GetValue("count")!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(42m));
        }
    }

    [Test]
    public async Task Data_type_change_that_cannot_convert_a_value_is_refused_naming_the_document_and_changes_nothing()
    {
        var article = await CreateArticleAsync("Wordy", title: "Not a number");
        var type = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        type.Properties.Single(property => property.Alias == "title").DataTypeKey = TestDataTypes.Integer.Key;

        var saved = await ContentTypes.SaveAsync(type);

        var stored = await ContentTypes.GetAsync(Schema.NewsArticle.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(saved.Errors.Single().Path, Is.EqualTo($"documents.{article.Key}.properties.title"));
            Assert.That(saved.Errors.Single().Message, Does.Contain("'Wordy'"));
            Assert.That(stored!.Properties.Single(property => property.Alias == "title").DataTypeKey, Is.EqualTo(TestDataTypes.TextBox.Key));
            Assert.That((await Documents.GetAsync(article.Key))!.Draft.GetValue("title"), Is.EqualTo("Not a number"));
        }
    }

    [Test]
    public async Task Invalid_type_definitions_are_refused_with_every_problem()
    {
        var type = new ContentTypeBuilder("bad alias!")
            .WithProperty("dup", TestDataTypes.TextBox.Key)
            .WithProperty("dup", Guid.NewGuid())
            .Build();
        type.AllowedChildTypeKeys.Add(Guid.NewGuid());

        var saved = await ContentTypes.SaveAsync(type);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(saved.Errors.Select(error => error.Path), Is.SupersetOf(new[] { "alias", "allowedChildTypes", "properties.dup" }));
            Assert.That(saved.Errors.Count(error => error.Path == "properties.dup"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Composition_properties_are_validated_on_documents_and_cycles_are_refused()
    {
        var seo = new ContentTypeBuilder("seo").AsElement().WithProperty("metaTitle", TestDataTypes.TextBox.Key, mandatory: true).Build();
        Assert.That((await ContentTypes.SaveAsync(seo)).Succeeded, Is.True);
        var type = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        type.CompositionKeys.Add(seo.Key);
        Assert.That((await ContentTypes.SaveAsync(type)).Succeeded, Is.True);
        var article = await CreateArticleAsync("Composed");

        var publish = await Documents.PublishAsync(article.Key);
        seo.CompositionKeys.Add(Schema.NewsArticle.Key);
        var cycle = await ContentTypes.SaveAsync(seo);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(publish.Errors.Single().Path, Is.EqualTo("properties.metaTitle"));
            Assert.That(cycle.Errors.Select(error => error.Message), Has.Some.Contains("cycle"));
        }
    }

    [Test]
    public async Task Type_in_use_cannot_be_deleted()
    {
        await CreateArticleAsync("User");

        var deleted = await ContentTypes.DeleteAsync(Schema.NewsArticle.Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted.Status, Is.EqualTo(OperationStatus.NotAllowed));
            Assert.That(await ContentTypes.GetAsync(Schema.NewsArticle.Key), Is.Not.Null);
        }
    }
}
