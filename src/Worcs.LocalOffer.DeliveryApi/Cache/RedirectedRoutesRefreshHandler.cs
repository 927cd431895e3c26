using Worcs.LocalOffer.DeliveryApi.Http;
using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// Reloads <see cref="RedirectedRoutes"/> after a committed batch that publishes or moves documents. Registered before
/// <see cref="CacheRefreshHandler"/>, so an old route is known as redirected before the cache stops answering it.
/// A failure is logged by the publisher and leaves the routes untrusted (each miss reads the database) rather than stale.
/// </summary>
internal sealed class RedirectedRoutesRefreshHandler(RedirectedRoutes routes) : INotificationBatchHandler
{
    public Task HandleAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken) =>
        notifications.Any(notification => notification is DocumentPublishedNotification or DocumentMovedNotification)
            ? routes.LoadAsync(cancellationToken)
            : Task.CompletedTask;
}
