using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Media.Files;

/// <summary>Keeps <see cref="LiveMediaFiles"/> current: one re-read per committed batch, of the media items it names.</summary>
internal sealed class LiveMediaFilesHandler(LiveMediaFiles files) : INotificationBatchHandler
{
    public Task HandleAsync(IReadOnlyList<INotification> notifications, CancellationToken cancellationToken)
    {
        var keys = new HashSet<Guid>();
        foreach (var notification in notifications)
        {
            IEnumerable<Guid> named = notification switch
            {
                MediaSavedNotification saved => saved.Keys,
                MediaMovedNotification moved => moved.Keys,
                MediaDeletedNotification deleted => deleted.Keys,
                ContentTypeChangedNotification changed => changed.AffectedNodeKeys,
                _ => [],
            };
            keys.UnionWith(named);
        }

        return keys.Count == 0 ? Task.CompletedTask : files.RefreshAsync(keys, cancellationToken);
    }
}
