using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.ContentModel.Derived;

namespace Worcs.LocalOffer.ContentModel.Tests;

/// <summary>The registry every reader of derived values uses: by type, by alias, and the withholding rule.</summary>
[TestFixture]
public sealed class DerivedPropertiesTests
{
    private static DerivedProperties Registered()
    {
        using var provider = new ServiceCollection().AddLocalOfferContentModel().AddLocalOfferContentModel().BuildServiceProvider();
        return provider.GetRequiredService<DerivedProperties>();
    }

    [Test]
    public void The_content_model_registers_status_and_total_once_each()
    {
        var derived = Registered();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(derived.All.Select(property => $"{property.DocumentTypeAlias}.{property.Alias}"), Is.EquivalentTo(new[] { "consultation.status", "capitalFundPlan.total" }));
            Assert.That(derived.Named("STATUS").Single().Kind, Is.EqualTo(DerivedValueKind.Text));
            Assert.That(derived.Named("total").Single().Kind, Is.EqualTo(DerivedValueKind.Number));
            Assert.That(derived.Of("newsArticle"), Is.Empty);
        }
    }

    [Test]
    public void Withholding_applies_only_to_the_type_that_asks_for_it()
    {
        var derived = Registered();
        Func<string, string?> stored = alias => alias == SendAliases.ClosingDate ? "2099-01-01" : null;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(derived.Withholds(SendAliases.Consultation, SendAliases.Outcome, stored, DateTimeOffset.UnixEpoch).Value, Is.True);
            Assert.That(derived.Withholds("newsArticle", SendAliases.Outcome, stored, DateTimeOffset.UnixEpoch).Value, Is.False);
        }
    }

    [Test]
    public void Two_properties_with_one_name_on_one_type_are_refused() =>
        Assert.That(() => new DerivedProperties([new CapitalFundPlanTotal(), new CapitalFundPlanTotal()]), Throws.ArgumentException.With.Message.Contains("'total'"));
}
