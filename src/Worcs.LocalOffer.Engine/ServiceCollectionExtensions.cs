using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.History;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.PropertyEditors.Limits;
using Worcs.LocalOffer.Engine.Redirects;
using Worcs.LocalOffer.Engine.Scheduling;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Engine.Validation.Offline;
using Worcs.LocalOffer.Engine.Validation.Rules;

namespace Worcs.LocalOffer.Engine;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the content engine. Storage comes from the persistence project's registration.</summary>
    public static IServiceCollection AddLocalOfferEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INotificationPublisher, NotificationPublisher>();
        services.AddPropertyEditors();
        services.TryAddSingleton<PropertyEditorCollection>();
        services.AddLocalOfferSettings<ContentRulesSettings>(ContentRulesSettings.SectionKey);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContentRulesSettings>, ContentRulesSettingsValidator>());
        services.TryAddSingleton<ContentRules>();
        services.AddLocalOfferSettings<WebRoutingSettings>(WebRoutingSettings.SectionKey);
        services.TryAddSingleton<RedirectTracker>();
        services.AddLocalOfferSettings<ValueSizeSettings>(ValueSizeSettings.SectionKey);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ValueSizeSettings>, ValueSizeSettingsValidator>());
        services.TryAddSingleton<ValueSizeLimits>();
        services.TryAddSingleton<OfflineValidation>();
        services.TryAddSingleton<NodeWriter>();
        services.TryAddSingleton<TreeMover>();
        services.TryAddSingleton<RecycleBin>();
        services.TryAddSingleton<NodeCopier>();
        services.TryAddSingleton<DocumentPublisher>();
        services.TryAddSingleton<StoredValueMigrator>();
        services.TryAddSingleton(provider => new NodeTree(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<TreeMover>(), provider.GetRequiredService<RecycleBin>(), provider.GetRequiredService<NodeCopier>()));
        services.TryAddSingleton(provider => new DocumentService(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<NodeWriter>(), provider.GetRequiredService<DocumentPublisher>(), provider.GetRequiredService<NodeTree>(), provider.GetRequiredService<TimeProvider>()));
        // The media project replaces this with an inspector that also reads image dimensions.
        services.TryAddSingleton<IMediaFileInspector, FileOnlyMediaFileInspector>();
        services.TryAddSingleton(provider => new MediaService(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<NodeWriter>(), provider.GetRequiredService<NodeTree>()));
        services.TryAddSingleton(provider => new ContentTypeService(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<StoredValueMigrator>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new LanguageService(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new DataTypeService(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<PropertyEditorCollection>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new ScheduledPublishing(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<DocumentService>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ScheduledPublishing>>()));
        services.AddLocalOfferSettings<SchedulingSettings>(SchedulingSettings.SectionKey);
        services.AddHostedService<ScheduledPublishingService>();
        services.AddLocalOfferSettings<VersionCleanupSettings>(VersionCleanupSettings.SectionKey);
        services.TryAddSingleton(provider => new VersionCleanup(provider.GetRequiredService<IUnitOfWorkFactory>(), provider.GetRequiredService<IOptions<VersionCleanupSettings>>(), provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<VersionCleanupService>();
        return services;
    }
}
