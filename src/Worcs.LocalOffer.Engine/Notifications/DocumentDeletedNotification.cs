namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These documents and all their versions were deleted for good.</summary>
public sealed record DocumentDeletedNotification(IReadOnlyList<Guid> Keys) : INotification;
