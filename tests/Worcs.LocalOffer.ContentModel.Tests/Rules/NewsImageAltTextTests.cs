using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.ContentModel.Rules;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.PropertyEditors.Limits;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Engine.Validation.Rules;

namespace Worcs.LocalOffer.ContentModel.Tests.Rules;

/// <summary>A news article with a picture needs alt text to be published, checked by the engine's own validator.</summary>
[TestFixture]
public sealed class NewsImageAltTextTests
{
    private static readonly string Picked = NewsArticleSchema.PickedImage(Guid.NewGuid());

    private static IReadOnlyList<ValidationError> Validate(string? image, string? altText, ValidationMode mode = ValidationMode.Publish)
    {
        var model = new NewsArticleSchema();
        using var provider = new ServiceCollection().AddLocalOfferContentModel().BuildServiceProvider();
        var rules = new ContentRules(Options.Create(new ContentRulesSettings()), provider.GetServices<IContentRule>());
        var validation = new OfflineValidation(OfflineValidation.Defaults.Editors, rules, ValueSizeLimits.Defaults);
        var schema = validation.Load(model.DataTypes, [model.Article]);
        return schema.ValidateNode(model.Article, "Roadshow dates announced", NewsArticleSchema.Values(image, altText), mode, atRoot: true, null, null);
    }

    [Test]
    public void Publishing_an_image_without_alt_text_is_refused_on_the_alt_text()
    {
        var errors = Validate(Picked, altText: null);

        Assert.That(errors, Is.EqualTo(new[] { new ValidationError("properties.imageAltText", NewsImageAltText.Message) }));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Blank_alt_text_counts_as_none(string altText) =>
        Assert.That(Validate(Picked, altText).Select(error => error.Path), Is.EqualTo(new[] { "properties.imageAltText" }));

    [Test]
    public void An_image_with_alt_text_is_published() =>
        Assert.That(Validate(Picked, "Parents and staff talking at a roadshow stand in a library."), Is.Empty);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("[]")]
    public void An_article_without_an_image_needs_no_alt_text(string? image) =>
        Assert.That(Validate(image, altText: null), Is.Empty);

    [Test]
    public void A_draft_may_be_saved_before_the_alt_text_is_written() =>
        Assert.That(Validate(Picked, altText: null, ValidationMode.Save), Is.Empty);

    [Test]
    public void The_rule_is_registered_once_for_news_articles()
    {
        using var provider = new ServiceCollection().AddLocalOfferContentModel().AddLocalOfferContentModel().BuildServiceProvider();

        var rules = provider.GetServices<IContentRule>().ToList();

        Assert.That(rules.Select(rule => (rule.GetType(), rule.ContentType)), Is.EqualTo(new[] { (typeof(NewsImageAltText), "newsArticle") }));
    }
}
