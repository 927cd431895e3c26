using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Media.Configuration;
using Worcs.LocalOffer.Media.Files;
using Worcs.LocalOffer.Media.Http;
using Worcs.LocalOffer.Media.Imaging;

namespace Worcs.LocalOffer.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Registers media file serving, image resizing and the libvips file inspector (replacing the engine's
    /// bytes-and-extension one). Call before the host's start-up registration so the live-file load waits for the
    /// migrations and import.
    /// </summary>
    public static IServiceCollection AddLocalOfferMedia(this IServiceCollection services)
    {
        services.AddLocalOfferMediaInspection();
        services.TryAddSingleton<LiveMediaFiles>();
        services.AddSingleton<INotificationBatchHandler, LiveMediaFilesHandler>();
        services.AddHostedService<LiveMediaFilesStartupLoad>();
        services.TryAddSingleton(provider => new MediaFileResolver(
            provider.GetRequiredService<IOptions<MediaSettings>>().Value.ResolveRoot(provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath),
            provider.GetRequiredService<LiveMediaFiles>()));
        services.TryAddSingleton(provider => new ResizedImageCache(
            provider.GetRequiredService<IOptions<MediaSettings>>().Value.ResolveCache(provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath)));
        return services;
    }

    /// <summary>
    /// Registers only the libvips file inspector and its settings (the pixel limit), for tools that import media
    /// without serving it, such as the command-line import.
    /// </summary>
    public static IServiceCollection AddLocalOfferMediaInspection(this IServiceCollection services)
    {
        services.AddLocalOfferSettings<MediaSettings>(MediaSettings.SectionKey);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MediaSettings>, MediaSettingsValidator>());
        services.Replace(ServiceDescriptor.Singleton<IMediaFileInspector, NetVipsMediaFileInspector>());
        return services;
    }
}
