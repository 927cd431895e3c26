using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>What a batch of notifications means for the published cache.</summary>
internal sealed class CacheChanges
{
    public HashSet<Guid> Keys { get; } = [];

    /// <summary>Items published or media saved: rendered ahead, so their first request finds their JSON ready.</summary>
    public HashSet<Guid> ToWarm { get; } = [];

    /// <summary>
    /// A type or data type changed, which rewrites stored values, or a language did, which changes which cultures are
    /// delivered and which is the default: re-read everything.
    /// </summary>
    public bool Everything { get; private set; }

    public bool PublishedChanged { get; private set; }

    public bool DraftsChanged { get; private set; }

    public static CacheChanges Of(IReadOnlyList<INotification> notifications)
    {
        var changes = new CacheChanges();
        foreach (var notification in notifications)
        {
            changes.Add(notification);
        }

        return changes;
    }

    private void Add(INotification notification)
    {
        switch (notification)
        {
            // A saved draft changes only what preview shows.
            case DocumentSavedNotification:
                DraftsChanged = true;
                return;
            case ContentTypeChangedNotification or DataTypeChangedNotification or LanguageChangedNotification:
                Everything = true;
                break;
            case DocumentPublishedNotification or MediaSavedNotification:
                ToWarm.UnionWith(notification.Keys);
                Keys.UnionWith(notification.Keys);
                break;
            case DocumentUnpublishedNotification or DocumentMovedNotification or DocumentSortedNotification or DocumentDeletedNotification
                or MediaMovedNotification or MediaSortedNotification or MediaDeletedNotification:
                Keys.UnionWith(notification.Keys);
                break;
            default:
                return;
        }

        PublishedChanged = true;
    }
}
