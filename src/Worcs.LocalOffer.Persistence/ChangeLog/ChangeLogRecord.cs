namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>A committed change: the notification raised for it, its keys, and the notification as JSON.</summary>
public sealed record ChangeLogRecord(long Id, DateTime Timestamp, string NotificationType, IReadOnlyList<Guid> Keys, string PayloadJson);
