namespace Worcs.LocalOffer.Persistence.ChangeLog;

/// <summary>
/// A committed change: the notification raised for it, its keys, the notification as JSON, and the
/// <see cref="ChangeLogOrigin"/> of the process that committed it.
/// </summary>
public sealed record ChangeLogRecord(long Id, DateTime Timestamp, string NotificationType, IReadOnlyList<Guid> Keys, string PayloadJson, Guid Origin);
