namespace Worcs.LocalOffer.Engine.Notifications;

/// <summary>
/// These document, media or element types were created, changed or deleted. <paramref name="AffectedNodeKeys"/>
/// lists the nodes whose stored values were rewritten by the change.
/// </summary>
public sealed record ContentTypeChangedNotification(IReadOnlyList<Guid> Keys, IReadOnlyList<Guid> AffectedNodeKeys) : INotification;
