using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors.Limits;

/// <summary>Values over their editor's size limit are refused on save and publish, before anything is written.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ValueSizeLimitTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    private const int RichTextLimit = 1024 * 1024;

    [SetUp]
    public async Task AddBodyAndFaqs()
    {
        var faq = new ContentTypeBuilder("faq").AsElement().WithProperty("answer", TestDataTypes.RichText.Key).Build();
        Assert.That((await ContentTypes.SaveAsync(faq)).Succeeded, Is.True);
        var blocks = TestDataTypes.Make("FAQs", PropertyEditorAliases.BlockList, $$"""{"blocks":[{"contentElementTypeKey":"{{faq.Key}}"}]}""");
        Assert.That((await DataTypes.SaveAsync(blocks)).Succeeded, Is.True);
        var article = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        article.Properties.Add(new PropertyType { Alias = "body", Name = "Body", DataTypeKey = TestDataTypes.RichText.Key });
        article.Properties.Add(new PropertyType { Alias = "faqs", Name = "FAQs", DataTypeKey = blocks.Key });
        Assert.That((await ContentTypes.SaveAsync(article)).Succeeded, Is.True);
        FaqKey = faq.Key;
    }

    private Guid FaqKey { get; set; }

    [Test]
    public async Task Creating_a_draft_with_rich_text_over_a_megabyte_is_refused_naming_the_property_and_the_limit()
    {
        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Huge", NewsIndex.Key, Values(("title", "Huge"), ("body", Paragraph(RichTextLimit + 1)))));

        var error = created.Errors.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(error.Path, Is.EqualTo("properties.body"));
            Assert.That(error.Message, Does.Contain("'Body' is 1,048,577 bytes (1 MB)").And.Contain("Umbraco.RichText values are limited to 1,048,576 bytes (1 MB)").And.Contain("LocalOffer:PropertyEditors:MaxValueBytes"));
            Assert.That(await Documents.GetChildrenAsync(NewsIndex.Key), Is.Empty);
        }
    }

    [Test]
    public async Task Saving_and_publishing_an_oversized_value_leaves_the_stored_draft_unchanged()
    {
        var article = await CreateArticleAsync("Article", publish: true);
        var before = (await Documents.GetAsync(article.Key))!;

        var saved = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Article", Values(("title", "A title"), ("body", Paragraph(RichTextLimit * 2)))), publish: true);

        var after = (await Documents.GetAsync(article.Key))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.body" }));
            Assert.That(after.Draft.Id, Is.EqualTo(before.Draft.Id));
            Assert.That(after.Node.Revision, Is.EqualTo(before.Node.Revision));
        }
    }

    [Test]
    public async Task Rich_text_inside_a_block_list_meets_the_rich_text_limit_even_though_the_block_list_allows_more()
    {
        var blockKey = Guid.NewGuid();
        var answer = System.Text.Json.JsonSerializer.Serialize(Paragraph(RichTextLimit + 1));
        var value = $$"""{"layout":{"Umbraco.BlockList":[{"contentKey":"{{blockKey}}"}]},"contentData":[{"contentTypeKey":"{{FaqKey}}","key":"{{blockKey}}","values":[{"editorAlias":"Umbraco.RichText","alias":"answer","value":{{answer}}}]}],"settingsData":[],"expose":[]}""";

        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "FAQ", NewsIndex.Key, Values(("title", "FAQ"), ("faqs", value))));

        Assert.That(created.Errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.faqs[0].answer" }), created.ToString());
    }

    [Test]
    public async Task A_value_at_the_limit_is_accepted()
    {
        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "Long", NewsIndex.Key, Values(("title", "Long"), ("body", Paragraph(RichTextLimit)))), publish: true);

        Assert.That(created.Succeeded, Is.True, created.ToString());
    }

    /// <summary>A paragraph of exactly <paramref name="bytes"/> UTF-8 bytes (at least 8).</summary>
    private static string Paragraph(int bytes) => "<p>" + new string('a', bytes - 7) + "</p>";
}
