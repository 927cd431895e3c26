using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// Rebuilds the published snapshot once per committed batch of changes the Delivery API can see, re-reading only the
/// nodes named (everything after a type or data type change), then renders the items just published ahead.
/// </summary>
internal sealed class CacheRefreshHandler(PublishedContentCache cache, Http.SnapshotWarmer warmer) : INotificationBatchHandler
{
    public async Task HandleAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken)
    {
        var changes = CacheChanges.Of(notifications);
        if (changes.DraftsChanged)
        {
            cache.DraftsChanged();
        }

        if (!changes.PublishedChanged)
        {
            return;
        }

        await cache.RefreshAsync(changes.Everything ? null : changes.Keys, cancellationToken);
        if (changes.ToWarm.Count > 0)
        {
            warmer.Warm(changes.ToWarm);
        }
    }
}
