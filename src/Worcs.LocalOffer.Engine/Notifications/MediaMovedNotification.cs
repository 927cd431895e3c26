namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These media items moved, including into or out of the recycle bin; descendants are listed too.</summary>
public sealed record MediaMovedNotification(IReadOnlyList<Guid> Keys) : INotification;
