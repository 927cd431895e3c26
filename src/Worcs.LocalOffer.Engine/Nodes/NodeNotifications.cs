using Worcs.LocalOffer.Engine.Notifications;

namespace Worcs.LocalOffer.Engine.Nodes;

/// <summary>The notification for a tree change, in the document or media vocabulary.</summary>
internal static class NodeNotifications
{
    public static INotification Saved(NodeKind kind, IReadOnlyList<Guid> keys) =>
        kind == NodeKind.Document ? new DocumentSavedNotification(keys) : new MediaSavedNotification(keys);

    public static INotification Moved(NodeKind kind, IReadOnlyList<Guid> keys) =>
        kind == NodeKind.Document ? new DocumentMovedNotification(keys) : new MediaMovedNotification(keys);

    public static INotification Sorted(NodeKind kind, IReadOnlyList<Guid> keys) =>
        kind == NodeKind.Document ? new DocumentSortedNotification(keys) : new MediaSortedNotification(keys);

    public static INotification Deleted(NodeKind kind, IReadOnlyList<Guid> keys) =>
        kind == NodeKind.Document ? new DocumentDeletedNotification(keys) : new MediaDeletedNotification(keys);
}
