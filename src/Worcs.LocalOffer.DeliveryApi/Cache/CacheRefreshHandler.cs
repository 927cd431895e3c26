using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>Rebuilds the published snapshot after every committed change the Delivery API can see, re-reading only the nodes named.</summary>
internal sealed class CacheRefreshHandler(PublishedContentCache cache, Http.SnapshotWarmer warmer) :
    INotificationHandler<DocumentPublishedNotification>,
    INotificationHandler<DocumentUnpublishedNotification>,
    INotificationHandler<DocumentSavedNotification>,
    INotificationHandler<DocumentMovedNotification>,
    INotificationHandler<DocumentSortedNotification>,
    INotificationHandler<DocumentDeletedNotification>,
    INotificationHandler<MediaSavedNotification>,
    INotificationHandler<MediaMovedNotification>,
    INotificationHandler<MediaSortedNotification>,
    INotificationHandler<MediaDeletedNotification>,
    INotificationHandler<ContentTypeChangedNotification>,
    INotificationHandler<DataTypeChangedNotification>
{
    public Task HandleAsync(DocumentPublishedNotification notification, CancellationToken cancellationToken) => RefreshAndWarmAsync(notification.Keys, cancellationToken);

    public Task HandleAsync(DocumentUnpublishedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(notification.Keys, cancellationToken);

    // A saved draft changes only what preview shows.
    public Task HandleAsync(DocumentSavedNotification notification, CancellationToken cancellationToken)
    {
        cache.DraftsChanged();
        return Task.CompletedTask;
    }

    public Task HandleAsync(DocumentMovedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(notification.Keys, cancellationToken);

    public Task HandleAsync(DocumentSortedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(notification.Keys, cancellationToken);

    public Task HandleAsync(DocumentDeletedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(notification.Keys, cancellationToken);

    public Task HandleAsync(MediaSavedNotification notification, CancellationToken cancellationToken) => RefreshAndWarmAsync(notification.Keys, cancellationToken);

    public Task HandleAsync(MediaMovedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(notification.Keys, cancellationToken);

    public Task HandleAsync(MediaSortedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(notification.Keys, cancellationToken);

    public Task HandleAsync(MediaDeletedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(notification.Keys, cancellationToken);

    public Task HandleAsync(ContentTypeChangedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(null, cancellationToken);

    public Task HandleAsync(DataTypeChangedNotification notification, CancellationToken cancellationToken) => cache.RefreshAsync(null, cancellationToken);

    private async Task RefreshAndWarmAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await cache.RefreshAsync(keys, cancellationToken);
        warmer.Warm(keys);
    }
}
