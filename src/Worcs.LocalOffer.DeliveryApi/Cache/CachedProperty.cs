namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// A property of a type with its data type's editor resolved, and the data type's configuration JSON for the editors
/// whose output depends on it (such as the block grid's columns).
/// </summary>
public sealed record CachedProperty(string Alias, string EditorAlias, string ConfigurationJson = "{}");
