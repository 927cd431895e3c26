using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.PropertyEditors.Limits;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors.Limits;

public sealed class ValueSizeSettingsTests
{
    [Test]
    public void Configuration_overrides_one_editor_and_the_default_and_keeps_the_other_built_in_limits()
    {
        using var provider = Compose(("MaxValueBytes:Umbraco.TextBox", "10"), ("MaxValueBytes:Default", "2048"));

        var limits = provider.GetRequiredService<ValueSizeLimits>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limits.For(PropertyEditorAliases.TextBox), Is.EqualTo(10));
            Assert.That(limits.For(PropertyEditorAliases.Integer), Is.EqualTo(2048));
            Assert.That(limits.For(PropertyEditorAliases.RichText), Is.EqualTo(1024 * 1024));
            Assert.That(limits.Check("properties.title", "Title", PropertyEditorAliases.TextBox, "eleven char")!.ToString(),
                Is.EqualTo("properties.title: 'Title' is 11 bytes; Umbraco.TextBox values are limited to 10 bytes (LocalOffer:PropertyEditors:MaxValueBytes)."));
            Assert.That(limits.Check("properties.title", "Title", PropertyEditorAliases.TextBox, "ten chars!"), Is.Null);
        }
    }

    [Test]
    public void A_limit_for_an_unknown_editor_or_not_above_zero_stops_start_up_naming_the_key()
    {
        using var provider = Compose(("MaxValueBytes:Umbraco.RichTxt", "100"), ("MaxValueBytes:Umbraco.TextArea", "0"));

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ValueSizeLimits>());

        Assert.That(exception!.Failures, Has.Some.StartsWith("LocalOffer:PropertyEditors:MaxValueBytes:Umbraco.RichTxt: there is no property editor 'Umbraco.RichTxt'")
            .And.Some.StartsWith("LocalOffer:PropertyEditors:MaxValueBytes:Umbraco.TextArea: 0 is not a size"));
    }

    private static ServiceProvider Compose(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create<string, string?>($"{ValueSizeSettings.SectionKey}:{setting.Key}", setting.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddLocalOfferEngine();
        return services.BuildServiceProvider();
    }
}
