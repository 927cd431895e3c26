using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Search.Keeping;

/// <summary>
/// Turns the engine's after-commit notifications into queued indexing work and returns at once; the background
/// service does the reading and writing.
/// </summary>
public sealed class SearchNotificationHandler(IndexingQueue queue) :
    INotificationHandler<DocumentPublishedNotification>,
    INotificationHandler<DocumentUnpublishedNotification>,
    INotificationHandler<DocumentSavedNotification>,
    INotificationHandler<DocumentDeletedNotification>,
    INotificationHandler<DocumentMovedNotification>,
    INotificationHandler<MediaSavedNotification>,
    INotificationHandler<MediaDeletedNotification>,
    INotificationHandler<MediaMovedNotification>,
    INotificationHandler<ContentTypeChangedNotification>
{
    public Task HandleAsync(DocumentPublishedNotification notification, CancellationToken cancellationToken) =>
        Enqueue(IndexWorkKind.RefreshWithDescendants, notification.Keys);

    public Task HandleAsync(DocumentUnpublishedNotification notification, CancellationToken cancellationToken) =>
        Enqueue(IndexWorkKind.RefreshWithDescendants, notification.Keys);

    public Task HandleAsync(DocumentSavedNotification notification, CancellationToken cancellationToken) =>
        Enqueue(IndexWorkKind.Refresh, notification.Keys);

    public Task HandleAsync(DocumentDeletedNotification notification, CancellationToken cancellationToken) =>
        Enqueue(IndexWorkKind.Refresh, notification.Keys);

    public Task HandleAsync(DocumentMovedNotification notification, CancellationToken cancellationToken) =>
        Enqueue(IndexWorkKind.RefreshWithDescendants, notification.Keys);

    public Task HandleAsync(MediaSavedNotification notification, CancellationToken cancellationToken) =>
        Enqueue(IndexWorkKind.Refresh, notification.Keys);

    public Task HandleAsync(MediaDeletedNotification notification, CancellationToken cancellationToken) =>
        Enqueue(IndexWorkKind.Refresh, notification.Keys);

    public Task HandleAsync(MediaMovedNotification notification, CancellationToken cancellationToken) =>
        Enqueue(IndexWorkKind.RefreshWithDescendants, notification.Keys);

    public Task HandleAsync(ContentTypeChangedNotification notification, CancellationToken cancellationToken)
    {
        queue.Enqueue(new IndexWork(IndexWorkKind.ContentTypes, notification.Keys));
        return Enqueue(IndexWorkKind.Refresh, notification.AffectedNodeKeys);
    }

    private Task Enqueue(IndexWorkKind kind, IReadOnlyList<Guid> keys)
    {
        queue.Enqueue(new IndexWork(kind, keys));
        return Task.CompletedTask;
    }
}
