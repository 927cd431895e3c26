using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Search.Analysis;
using Worcs.LocalOffer.Search.Attachments;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;
using Worcs.LocalOffer.Search.Keeping;
using Worcs.LocalOffer.Search.Site;

namespace Worcs.LocalOffer.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers site search: the <c>ExternalIndex</c> and <c>InternalIndex</c>, the notification handlers that
    /// queue indexing work, the background service that applies it (and checks or rebuilds the indexes at start-up),
    /// <see cref="ISiteSearch"/> and <see cref="SearchMaintenance"/> (status and rebuild). Needs the engine and storage.
    /// The host adapts <see cref="ISiteSearch"/> to the Delivery API's <c>q=</c>; the Backoffice maps the admin endpoints.
    /// </summary>
    public static IServiceCollection AddLocalOfferSearch(this IServiceCollection services)
    {
        services.AddLocalOfferSettings<SearchSettings>(SearchSettings.SectionKey)
            .PostConfigure<IServiceProvider>((settings, provider) => SearchSettingsPaths.Resolve(settings, provider));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SearchSettings>, SearchSettingsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<SearchSettings>>().Value);
        services.TryAddSingleton(provider => new SearchAnalyzers(SynonymFile.Load(provider.GetRequiredService<SearchSettings>().SynonymsFile)));
        services.TryAddSingleton(provider => CreateIndexes(provider));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAttachmentTextExtractor, PdfTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAttachmentTextExtractor, WordTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAttachmentTextExtractor, SpreadsheetTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAttachmentTextExtractor, PresentationTextExtractor>());
        services.TryAddSingleton<AttachmentTextReader>();
        services.TryAddSingleton<ContentValueSets>();
        services.TryAddSingleton<IndexContentSource>();
        services.TryAddSingleton<IndexingQueue>();
        services.TryAddSingleton<SearchMaintenance>();
        services.TryAddSingleton<ISiteSearch, SiteSearch>();
        services.TryAddSingleton<SearchNotificationHandler>();
        Handle<DocumentPublishedNotification>(services);
        Handle<DocumentUnpublishedNotification>(services);
        Handle<DocumentSavedNotification>(services);
        Handle<DocumentDeletedNotification>(services);
        Handle<DocumentMovedNotification>(services);
        Handle<MediaSavedNotification>(services);
        Handle<MediaDeletedNotification>(services);
        Handle<MediaMovedNotification>(services);
        Handle<ContentTypeChangedNotification>(services);
        services.AddHostedService<SearchIndexingService>();
        return services;
    }

    private static void Handle<TNotification>(IServiceCollection services)
        where TNotification : INotification =>
        services.AddSingleton(provider => (INotificationHandler<TNotification>)(object)provider.GetRequiredService<SearchNotificationHandler>());

    private static SearchIndexes CreateIndexes(IServiceProvider provider)
    {
        var settings = provider.GetRequiredService<SearchSettings>();
        var analyzers = provider.GetRequiredService<SearchAnalyzers>();
        var loggers = provider.GetRequiredService<ILoggerFactory>();
        var schema = ContentFields.SchemaVersion + "+" + SynonymFingerprint(settings.SynonymsFile);
        SearchIndex Create(string name) =>
            new(name, Path.Combine(settings.IndexRoot, name), ContentFields.Definitions(), analyzers, schema, loggers.CreateLogger("Worcs.LocalOffer.Search." + name));
        return new SearchIndexes(Create(SearchIndexes.ExternalIndexName), Create(SearchIndexes.InternalIndexName));
    }

    /// <summary>Part of the schema version, so that editing the synonym list rebuilds the indexes at the next start.</summary>
    private static string SynonymFingerprint(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return "none";
        }

        var hash = System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path));
        return Convert.ToHexString(hash)[..12];
    }
}
