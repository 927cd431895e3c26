namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>These languages were created, changed or deleted; <paramref name="IsoCodes"/> names them.</summary>
public sealed record LanguageChangedNotification(IReadOnlyList<Guid> Keys, IReadOnlyList<string> IsoCodes) : INotification;
