using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>Search settings are bound like every other section: paths made absolute, bad numbers stopping start-up with the key named.</summary>
public sealed class SearchSettingsTests
{
    [Test]
    public void Paths_are_resolved_and_the_media_root_comes_from_the_media_settings()
    {
        using var services = Compose(new() { ["LocalOffer:Search:IndexRoot"] = "idx", ["LocalOffer:Media:RootFolder"] = "/srv/media", ["LocalOffer:Search:VerifyOnStart"] = "false" });

        var settings = services.GetRequiredService<SearchSettings>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.IndexRoot, Is.EqualTo(Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, "idx"))));
            Assert.That(settings.MediaRoot, Is.EqualTo("/srv/media"));
            Assert.That(settings.VerifyOnStart, Is.False);
            Assert.That(settings.SynonymsFile, Does.EndWith(Path.Combine("Synonyms", "send-synonyms.txt")));
        }
    }

    [Test]
    public void A_batch_size_of_zero_is_refused_naming_the_key()
    {
        using var services = Compose(new() { ["LocalOffer:Search:BatchSize"] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<SearchSettings>());

        Assert.That(failure!.Message, Does.Contain("LocalOffer:Search:BatchSize must be a positive whole number; it is 0."));
    }

    private static ServiceProvider Compose(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLocalOfferSearch();
        return services.BuildServiceProvider();
    }
}
