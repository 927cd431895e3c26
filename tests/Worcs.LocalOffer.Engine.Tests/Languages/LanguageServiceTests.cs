using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Results;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Languages;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class LanguageServiceTests(DatabaseEngine engine) : EngineTestBase(engine)
{
    private LanguageService Languages => Services.GetRequiredService<LanguageService>();

    [Test]
    public async Task The_first_language_must_be_the_default_and_codes_are_stored_in_dotnet_casing()
    {
        var notDefault = await Languages.SaveAsync(new Language { IsoCode = "en-GB", Name = "English (United Kingdom)" });
        var saved = await Languages.SaveAsync(new Language { IsoCode = "en-gb", Name = "English (United Kingdom)", IsDefault = true });

        var all = await Languages.GetAllAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(notDefault.Errors.Select(error => error.Path), Is.EqualTo(new[] { "isDefault" }), notDefault.ToString());
            Assert.That(saved.Succeeded, Is.True, saved.ToString());
            Assert.That(all.Select(language => language.IsoCode), Is.EqualTo(new[] { "en-GB" }));
            Assert.That(Notifications.OfType<LanguageChangedNotification>().Single().IsoCodes, Is.EqualTo(new[] { "en-GB" }));
        }
    }

    [Test]
    public async Task Unknown_cultures_missing_fallbacks_and_fallback_loops_are_refused_with_the_field_named()
    {
        await Languages.SaveAsync(new Language { IsoCode = "en-GB", Name = "English", IsDefault = true });
        await Languages.SaveAsync(new Language { IsoCode = "pl-PL", Name = "Polish", FallbackIsoCode = "en-GB" });

        var unknown = await Languages.SaveAsync(new Language { IsoCode = "xx-Nowhere", Name = "Nowhere" });
        var missingFallback = await Languages.SaveAsync(new Language { IsoCode = "cy-GB", Name = "Welsh", FallbackIsoCode = "ga-IE" });
        var loop = await Languages.SaveAsync(new Language { IsoCode = "en-GB", Name = "English", IsDefault = true, FallbackIsoCode = "pl-PL" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknown.Errors.Single().Path, Is.EqualTo("isoCode"), unknown.ToString());
            Assert.That(missingFallback.Errors.Single().Message, Does.Contain("'ga-IE' does not exist"), missingFallback.ToString());
            Assert.That(loop.Errors.Single().Message, Does.Contain("loop"), loop.ToString());
            Assert.That((await Languages.GetAllAsync()).Select(language => language.IsoCode), Is.EqualTo(new[] { "en-GB", "pl-PL" }));
        }
    }

    [Test]
    public async Task Making_a_language_the_default_takes_the_flag_from_the_old_default_and_the_default_cannot_be_deleted()
    {
        await Languages.SaveAsync(new Language { IsoCode = "en-GB", Name = "English", IsDefault = true });
        await Languages.SaveAsync(new Language { IsoCode = "cy-GB", Name = "Welsh", IsDefault = true });

        var deleteDefault = await Languages.DeleteAsync("cy-GB");
        var deleteOther = await Languages.DeleteAsync("en-GB");

        var all = await Languages.GetAllAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleteDefault.Status, Is.EqualTo(OperationStatus.NotAllowed), deleteDefault.ToString());
            Assert.That(deleteOther.Succeeded, Is.True, deleteOther.ToString());
            Assert.That(all.Select(language => (language.IsoCode, language.IsDefault)), Is.EqualTo(new[] { ("cy-GB", true) }));
        }
    }
}
