using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Sync.Export;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Sync;

public static class SyncServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SyncImporter"/> and <see cref="SyncExporter"/>. Needs the engine (<c>AddLocalOfferEngine</c>) and its storage.</summary>
    public static IServiceCollection AddLocalOfferSync(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new SyncPlanner(
            provider.GetRequiredService<DataTypeService>(),
            provider.GetRequiredService<ContentTypeService>(),
            provider.GetRequiredService<DocumentService>(),
            provider.GetRequiredService<MediaService>()));
        services.TryAddSingleton(provider => new SyncApplier(
            provider.GetRequiredService<DataTypeService>(),
            provider.GetRequiredService<ContentTypeService>(),
            provider.GetRequiredService<DocumentService>(),
            provider.GetRequiredService<MediaService>()));
        services.TryAddSingleton(provider => new SyncImporter(provider.GetRequiredService<SyncPlanner>(), provider.GetRequiredService<SyncApplier>()));
        services.TryAddSingleton(provider => new SyncExporter(
            provider.GetRequiredService<DataTypeService>(),
            provider.GetRequiredService<ContentTypeService>(),
            provider.GetRequiredService<DocumentService>(),
            provider.GetRequiredService<MediaService>()));
        return services;
    }
}
