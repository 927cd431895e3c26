using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Sync.Export;
using Worcs.LocalOffer.Sync.Import;

namespace Worcs.LocalOffer.Sync;

public static class SyncServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SyncImporter"/> and <see cref="SyncExporter"/>. Needs the engine (<c>AddLocalOfferEngine</c>) and its storage.</summary>
    public static IServiceCollection AddLocalOfferSync(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new SyncPlanner(
            provider.GetRequiredService<LanguageService>(),
            provider.GetRequiredService<DataTypeService>(),
            provider.GetRequiredService<ContentTypeService>(),
            provider.GetRequiredService<DocumentService>(),
            provider.GetRequiredService<MediaService>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IMediaFileInspector>(),
            provider.GetRequiredService<OfflineValidation>()));
        services.TryAddSingleton(provider => new SyncApplier(
            provider.GetRequiredService<LanguageService>(),
            provider.GetRequiredService<DataTypeService>(),
            provider.GetRequiredService<ContentTypeService>(),
            provider.GetRequiredService<DocumentService>(),
            provider.GetRequiredService<MediaService>()));
        services.TryAddSingleton(provider => new SyncImporter(provider.GetRequiredService<SyncPlanner>(), provider.GetRequiredService<SyncApplier>(), provider.GetRequiredService<IUnitOfWorkFactory>()));
        services.TryAddSingleton(provider => new SyncExporter(
            provider.GetRequiredService<LanguageService>(),
            provider.GetRequiredService<DataTypeService>(),
            provider.GetRequiredService<ContentTypeService>(),
            provider.GetRequiredService<DocumentService>(),
            provider.GetRequiredService<MediaService>()));
        return services;
    }

    /// <summary>Writes <paramref name="rootFolder"/> again whenever a language, a data type or a type is saved (uSync's ExportOnSave).</summary>
    public static IServiceCollection AddLocalOfferSyncExportOnSave(this IServiceCollection services, string rootFolder)
    {
        services.AddSingleton(provider => new SyncExportOnSave(
            provider.GetRequiredService<SyncExporter>(),
            rootFolder,
            provider.GetRequiredService<ILogger<SyncExportOnSave>>()));
        services.AddSingleton<INotificationHandler<ContentTypeChangedNotification>>(provider => provider.GetRequiredService<SyncExportOnSave>());
        services.AddSingleton<INotificationHandler<DataTypeChangedNotification>>(provider => provider.GetRequiredService<SyncExportOnSave>());
        services.AddSingleton<INotificationHandler<LanguageChangedNotification>>(provider => provider.GetRequiredService<SyncExportOnSave>());
        return services;
    }
}
