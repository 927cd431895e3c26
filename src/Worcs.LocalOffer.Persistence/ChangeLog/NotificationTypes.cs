using System.Text.Json;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Persistence.Conversion;

namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>Turns a change-log row back into the engine notification it was written from.</summary>
internal static class NotificationTypes
{
    private static readonly Dictionary<string, Type> _byName = typeof(INotification).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(INotification).IsAssignableFrom(type))
        .ToDictionary(type => type.Name, StringComparer.Ordinal);

    /// <summary>The notification, or null when the row names a type this build does not have.</summary>
    public static INotification? Read(ChangeLogRecord record) =>
        _byName.TryGetValue(record.NotificationType, out var type)
            ? (INotification?)JsonSerializer.Deserialize(record.PayloadJson, type, JsonStorage.Options)
            : null;
}
