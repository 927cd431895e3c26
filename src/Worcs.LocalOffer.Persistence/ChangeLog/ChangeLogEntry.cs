namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>
/// One row per raised notification, written in the transaction of the change it describes. Ids only grow and are
/// committed in order, so a reader that remembers the last id it saw misses nothing.
/// </summary>
internal sealed class ChangeLogEntry
{
    public long Id { get; set; }

    public DateTime Timestamp { get; set; }

    /// <summary>The <see cref="ChangeLogOrigin"/> of the process that committed the change.</summary>
    public Guid Origin { get; set; }

    /// <summary>The notification's type name, such as <c>DocumentSavedNotification</c>.</summary>
    public string Notification { get; set; } = "";

    /// <summary>The notification's <see cref="Engine.Notifications.INotification.Keys"/> as a JSON array.</summary>
    public string KeysJson { get; set; } = "[]";

    /// <summary>The whole notification as JSON, so members beyond the keys (such as affected node keys) survive.</summary>
    public string PayloadJson { get; set; } = "{}";
}
