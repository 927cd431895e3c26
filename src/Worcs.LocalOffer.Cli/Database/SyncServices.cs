using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.ContentModel;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Media;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Sync;

namespace Worcs.LocalOffer.Cli.Database;

/// <summary>The engine, its storage, the sync pipeline and the media inspector, composed as the host composes them, without the web.</summary>
internal static class SyncServices
{
    public static ServiceProvider Create(DatabaseSettings settings, IConfiguration hostSettings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(hostSettings);
        // No log providers: failures reach the command as exceptions, and standard output stays the command's own.
        services.AddLogging();
        services.AddLocalOfferEngine();
        services.AddLocalOfferContentModel();
        services.AddLocalOfferPersistence(settings);
        services.AddLocalOfferSync();
        services.AddLocalOfferMediaInspection();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
