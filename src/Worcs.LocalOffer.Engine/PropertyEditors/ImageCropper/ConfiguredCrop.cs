namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>A crop configured on an image cropper or media picker data type: <c>{"alias","width","height"}</c>.</summary>
public sealed record ConfiguredCrop(string Alias, int Width, int Height);
