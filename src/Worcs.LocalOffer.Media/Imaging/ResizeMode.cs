namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>ImageSharp.Web's <c>rmode</c> values that we support.</summary>
internal enum ResizeMode
{
    /// <summary>Cover the box, then cut what overflows around the focal point or anchor (the default).</summary>
    Crop,

    /// <summary>Fit inside the box, then pad to the box.</summary>
    Pad,

    /// <summary>Like <see cref="Pad"/>, but never enlarges the image.</summary>
    BoxPad,

    /// <summary>Fit inside the box.</summary>
    Max,

    /// <summary>Shrink until the shorter side reaches the box; never enlarges.</summary>
    Min,

    /// <summary>Exactly the box, ignoring the aspect ratio.</summary>
    Stretch,
}
