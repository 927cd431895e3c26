namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These media items were deleted for good.</summary>
public sealed record MediaDeletedNotification(IReadOnlyList<Guid> Keys) : INotification;
