namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>ImageSharp.Web's <c>ranchor</c> values: where a crop or pad keeps the picture.</summary>
internal enum Anchor
{
    Center,
    Top,
    Bottom,
    Left,
    Right,
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}
