using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.ContentModel.Rules;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.ContentModel.Tests.Rules;

/// <summary>The alt text rule through the engine's document service and real storage, as the host composes them.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class NewsImageAltTextStorageTests(DatabaseEngine engine) : DatabaseTest(engine)
{
    private readonly NewsArticleSchema _model = new();

    private DocumentService Documents => Services.GetRequiredService<DocumentService>();

    [SetUp]
    public async Task CreateNewsArticleTypeAsync()
    {
        foreach (var dataType in _model.DataTypes)
        {
            Assert.That((await Services.GetRequiredService<DataTypeService>().SaveAsync(dataType)).Succeeded, Is.True, dataType.Name);
        }

        var saved = await Services.GetRequiredService<ContentTypeService>().SaveAsync(_model.Article);
        Assert.That(saved.Succeeded, Is.True, () => string.Join("; ", saved.Errors));
    }

    [Test]
    public async Task A_draft_with_an_image_is_saved_but_not_published_until_it_has_alt_text()
    {
        var picked = NewsArticleSchema.PickedImage(Guid.NewGuid());
        var draft = await Documents.CreateAsync(new NodeCreateRequest(SendAliases.NewsArticle, "Roadshow dates announced", null, NewsArticleSchema.Values(picked, null)));
        Assert.That(draft.Succeeded, Is.True, () => string.Join("; ", draft.Errors));
        var key = draft.Value!.Key;

        var refused = await Documents.PublishAsync(key);
        var stored = await Documents.GetAsync(key);
        var withAltText = await Documents.SaveAsync(
            new NodeUpdateRequest(key, "Roadshow dates announced", NewsArticleSchema.Values(picked, "A parent and a SENDIASS adviser talking at a library stand.")),
            publish: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(refused.Errors, Is.EqualTo(new[] { new ValidationError("properties.imageAltText", NewsImageAltText.Message) }));
            Assert.That(stored!.Node.PublishedVersionId, Is.Null, "nothing was published by the refused attempt");
            Assert.That(withAltText.Succeeded, Is.True, () => string.Join("; ", withAltText.Errors));
            Assert.That(withAltText.Value?.PublishedVersionId, Is.Not.Null);
        }
    }

    [Test]
    public async Task Saving_and_publishing_in_one_step_without_alt_text_changes_nothing()
    {
        var created = await Documents.CreateAsync(new NodeCreateRequest(SendAliases.NewsArticle, "Roadshow dates announced", null, NewsArticleSchema.Values(null, null)), publish: true);
        Assert.That(created.Succeeded, Is.True, () => string.Join("; ", created.Errors));
        var key = created.Value!.Key;
        var before = (await Documents.GetAsync(key))!;

        var result = await Documents.SaveAsync(
            new NodeUpdateRequest(key, "Roadshow dates announced", NewsArticleSchema.Values(NewsArticleSchema.PickedImage(Guid.NewGuid()), "  ")),
            publish: true);
        var after = (await Documents.GetAsync(key))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.imageAltText" }));
            Assert.That(after.Node.PublishedVersionId, Is.EqualTo(before.Node.PublishedVersionId));
            Assert.That(after.Draft.GetValue(SendAliases.Image), Is.EqualTo(before.Draft.GetValue(SendAliases.Image)), "the refused save left the draft alone");
        }
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddLocalOfferContentModel();
}
