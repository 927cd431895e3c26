using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Engine;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the content engine. Storage comes from the persistence project's registration.</summary>
    public static IServiceCollection AddLocalOfferEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INotificationPublisher, NotificationPublisher>();
        services.TryAddSingleton<PropertyEditorCollection>();
        return services;
    }
}
