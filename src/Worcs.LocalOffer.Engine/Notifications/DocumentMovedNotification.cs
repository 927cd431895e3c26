namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These documents moved to a new parent, including into or out of the recycle bin; descendants are listed too.</summary>
public sealed record DocumentMovedNotification(IReadOnlyList<Guid> Keys) : INotification;
