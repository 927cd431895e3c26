using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Worcs.LocalOffer.ContentModel;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.DeliveryApi.Configuration;
using Worcs.LocalOffer.DeliveryApi.Http;
using Worcs.LocalOffer.DeliveryApi.Rendering;
using Worcs.LocalOffer.DeliveryApi.Rendering.Properties;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.DeliveryApi;

public static class DeliveryApiServiceCollectionExtensions
{
    /// <summary>The health-check tag the host's readiness endpoint runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers the Delivery API: settings, the published cache with its start-up load (a hosted service, so register
    /// this before the host's start-up tasks wrap hosted services to run after migrations), its refresh on committed
    /// changes and a readiness check that waits for the first load.
    /// </summary>
    public static IServiceCollection AddLocalOfferDeliveryApi(this IServiceCollection services)
    {
        services.AddLocalOfferSettings<DeliveryApiSettings>(DeliveryApiSettings.SectionKey);
        services.AddLocalOfferSettings<DeliveryApiExtensionSettings>(DeliveryApiExtensionSettings.SectionKey);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SnapshotLoader>();
        services.AddSingleton(provider => new PublishedContentCache(
            provider.GetRequiredService<SnapshotLoader>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PublishedContentCache>>()));
        services.AddSingleton<RedirectedRoutes>();
        // In this order: batch handlers run in registration order (see RedirectedRoutesRefreshHandler).
        services.AddSingleton<INotificationBatchHandler, RedirectedRoutesRefreshHandler>();
        services.AddSingleton<INotificationBatchHandler, CacheRefreshHandler>();
        services.AddHostedService<CacheStartupLoad>();
        services.AddHealthChecks().AddCheck<PublishedCacheHealthCheck>("deliveryApiCache", tags: [ReadyTag]);

        foreach (var writer in new Type[]
        {
            typeof(TextValueWriter), typeof(NumberValueWriter), typeof(TrueFalseValueWriter), typeof(DateValueWriter),
            typeof(TagsValueWriter), typeof(ContentPickerValueWriter), typeof(MediaPickerValueWriter), typeof(MultiUrlPickerValueWriter),
            typeof(BlockListValueWriter), typeof(RichTextValueWriter), typeof(MapValueWriter), typeof(UploadFieldValueWriter),
            typeof(LabelValueWriter), typeof(ValueListValueWriter), typeof(ColorValueWriter), typeof(SliderValueWriter),
            typeof(MultipleTextstringValueWriter), typeof(MarkdownValueWriter), typeof(TimeOnlyValueWriter), typeof(PlainValueWriter),
            typeof(MultiNodeTreePickerValueWriter), typeof(EntityDataPickerValueWriter), typeof(UserPickerValueWriter),
            typeof(MemberPickerValueWriter), typeof(MemberGroupPickerValueWriter), typeof(BlockGridValueWriter), typeof(SingleBlockValueWriter),
            typeof(ImageCropperValueWriter),
        })
        {
            services.AddSingleton(typeof(IPropertyValueWriter), writer);
        }

        services.AddLocalOfferContentModel();
        services.AddSingleton<PropertyValueWriters>();
        services.AddSingleton<ItemWriter>();
        services.AddSingleton<DeliveryRenderer>();
        services.AddSingleton<RequestGate>();
        services.AddSingleton<CachingHeaders>();
        services.AddSingleton<RedirectLookup>();
        services.AddSingleton<DeliveryHandlers>();
        services.AddSingleton<SearchHandler>();
        services.AddSingleton<SnapshotWarmer>();
        return services;
    }
}
