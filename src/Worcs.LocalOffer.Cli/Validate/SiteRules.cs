using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Cli.Database;
using Worcs.LocalOffer.ContentModel;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Engine.Validation.Offline;

namespace Worcs.LocalOffer.Cli.Validate;

/// <summary>
/// The engine's editors with the site's content rules and value size limits (the host's <c>appsettings.json</c>
/// when the tool runs beside it), composed as <c>import</c> composes them, so both check values alike.
/// </summary>
internal static class SiteRules
{
    /// <summary>The rules; throws <see cref="OptionsValidationException"/> naming a bad setting.</summary>
    public static OfflineValidation Load(CliContext context)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(HostSettings.Load(DatabaseOptions.ContentRoot(context)));
        services.AddLogging();
        services.AddLocalOfferEngine();
        services.AddLocalOfferContentModel();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<OfflineValidation>();
    }
}
