namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>A property of a type with its data type's editor resolved.</summary>
public sealed record CachedProperty(string Alias, string EditorAlias);
