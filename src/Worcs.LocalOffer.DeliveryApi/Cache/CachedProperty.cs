namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// A property of a type with its data type's editor resolved, and for media pickers and image croppers the crop
/// settings of that data type.
/// </summary>
public sealed record CachedProperty(string Alias, string EditorAlias, CropSettings? Crops = null);
