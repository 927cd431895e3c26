using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Engine.Validation.Rules;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Validation;

/// <summary>A site's <see cref="IContentRule"/> runs wherever the engine validates values, through real storage.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class SiteContentRuleTests(DatabaseEngine engine) : SiteTestBase(engine)
{
    private readonly CountWithAmount _rule = new();

    [Test]
    public async Task A_draft_breaking_the_rule_is_refused_at_the_rules_path_and_nothing_is_written()
    {
        var article = await CreateArticleAsync("Funding update");
        var before = (await Documents.GetAsync(article.Key))!;

        var saved = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Funding update", Values(("title", "T"), ("amount", "12.50"))));

        var after = (await Documents.GetAsync(article.Key))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.Status, Is.EqualTo(OperationStatus.Invalid));
            Assert.That(saved.Errors, Is.EqualTo(new[] { new ValidationError("properties.count", CountWithAmount.Message) }));
            Assert.That(after.Node.Revision, Is.EqualTo(before.Node.Revision));
            Assert.That(after.Draft.GetValue("amount"), Is.Null);
        }
    }

    [Test]
    public async Task The_rule_learns_whether_the_item_is_saved_or_published()
    {
        var article = await CreateArticleAsync("Funding update");
        _rule.Modes.Clear();

        var published = await Documents.SaveAsync(new NodeUpdateRequest(article.Key, "Funding update", Values(("title", "T"), ("amount", "12.50"), ("count", "3"))), publish: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(published.Succeeded, Is.True, published.ToString());
            Assert.That(_rule.Modes, Is.EqualTo(new[] { ValidationMode.Save, ValidationMode.Publish }));
        }
    }

    [Test]
    public async Task Rules_for_other_types_are_not_run()
    {
        _rule.Modes.Clear();

        var index = await Documents.CreateAsync(new NodeCreateRequest("newsIndex", "Archive", Home.Key), publish: true);

        Assert.That(index.Succeeded, Is.True, index.ToString());
        Assert.That(_rule.Modes, Is.Empty);
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IContentRule>(_rule);

    /// <summary>An amount needs a count. Named in capitals to show that type aliases match ignoring case.</summary>
    private sealed class CountWithAmount : IContentRule
    {
        public const string Message = "Give the count of places the amount pays for.";

        public List<ValidationMode> Modes { get; } = [];

        public string ContentType => "NEWSARTICLE";

        public IEnumerable<ValidationError> Check(ContentRuleItem item)
        {
            Modes.Add(item.Mode);
            return !item.IsEmpty("amount") && item.IsEmpty("count") ? [new ValidationError(item.PathOf("count"), Message)] : [];
        }
    }
}
