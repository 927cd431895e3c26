using System.Text.Json;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Persistence.Conversion;

namespace Worcs.LocalOffer.Persistence.ChangeLog;

internal static class ChangeLogEntries
{
    public static ChangeLogEntry From(INotification notification, DateTime timestampUtc, Guid origin) => new()
    {
        Timestamp = timestampUtc,
        Origin = origin,
        Notification = notification.GetType().Name,
        KeysJson = JsonStorage.Serialize(notification.Keys),
        PayloadJson = JsonSerializer.Serialize(notification, notification.GetType(), JsonStorage.Options),
    };
}
