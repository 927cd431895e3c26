using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class NestedRichTextTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    [Test]
    public async Task Rich_text_inside_a_block_is_sanitised_on_save_and_nested_mandatory_values_are_checked_on_publish()
    {
        var faq = new ContentTypeBuilder("faq").AsElement()
            .WithProperty("question", TestDataTypes.TextBox.Key, mandatory: true)
            .WithProperty("answer", TestDataTypes.RichText.Key)
            .Build();
        Assert.That((await ContentTypes.SaveAsync(faq)).Succeeded, Is.True);
        var blocks = TestDataTypes.Make("FAQs", PropertyEditorAliases.BlockList, $$"""{"blocks":[{"contentElementTypeKey":"{{faq.Key}}"}]}""");
        Assert.That((await DataTypes.SaveAsync(blocks)).Succeeded, Is.True);
        var article = (await ContentTypes.GetAsync(Schema.NewsArticle.Key))!;
        article.Properties.Add(new PropertyType { Alias = "faqs", Name = "FAQs", DataTypeKey = blocks.Key });
        Assert.That((await ContentTypes.SaveAsync(article)).Succeeded, Is.True);
        var blockKey = Guid.NewGuid();
        var value = $$"""{"layout":{"Umbraco.BlockList":[{"contentKey":"{{blockKey}}","settingsKey":null}]},"contentData":[{"contentTypeKey":"{{faq.Key}}","key":"{{blockKey}}","values":[{"editorAlias":"Umbraco.RichText","culture":null,"segment":null,"alias":"answer","value":"<p>Ask your SENCO<script>alert(1)</script></p>"}]}],"settingsData":[],"expose":[{"contentKey":"{{blockKey}}","culture":null,"segment":null}]}""";

        var created = await Documents.CreateAsync(new NodeCreateRequest("newsArticle", "FAQ page", NewsIndex.Key, Values(("title", "FAQs"), ("faqs", value))));
        var published = await Documents.PublishAsync(created.Value!.Key);

        var stored = (await Documents.GetAsync(created.Value.Key))!.Draft.GetValue("faqs");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Succeeded, Is.True, created.ToString());
            Assert.That(stored, Does.Contain("Ask your SENCO").And.Not.Contain("script"));
            Assert.That(published.Errors.Single().Path, Is.EqualTo("properties.faqs[0].question"));
        }
    }
}
