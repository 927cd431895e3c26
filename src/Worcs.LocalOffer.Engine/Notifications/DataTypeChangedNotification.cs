namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These data types were created, changed or deleted.</summary>
public sealed record DataTypeChangedNotification(IReadOnlyList<Guid> Keys) : INotification;
