namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>
/// The geometry of one request on a source of a given size: shrink (or enlarge) the whole image to
/// <see cref="ScaledWidth"/> × <see cref="ScaledHeight"/>, cut out the <see cref="Cut"/> rectangle, then place it on a
/// <see cref="CanvasWidth"/> × <see cref="CanvasHeight"/> canvas at <see cref="Offset"/> (padding modes only).
/// Scaling the whole image first lets the decoder shrink while loading, the cheap path for large JPEGs.
/// </summary>
internal sealed record ResizePlan(int ScaledWidth, int ScaledHeight, (int X, int Y, int Width, int Height) Cut, int CanvasWidth, int CanvasHeight, (int X, int Y) Offset)
{
    public static ResizePlan Compute(int sourceWidth, int sourceHeight, ImageRequest request, long maxPixels)
    {
        var (left, top, right, bottom) = request.Crop ?? (0, 0, 0, 0);
        double regionX = left * sourceWidth, regionY = top * sourceHeight;
        double regionWidth = sourceWidth * (1 - left - right), regionHeight = sourceHeight * (1 - top - bottom);
        var (scaleX, scaleY) = Scales(regionWidth, regionHeight, request);

        var scaledWidth = Math.Max(1, (int)Math.Round(sourceWidth * scaleX));
        var scaledHeight = Math.Max(1, (int)Math.Round(sourceHeight * scaleY));
        if ((long)scaledWidth * scaledHeight > maxPixels)
        {
            throw new ImageRequestException(request.Crop is null ? "width" : "cc", $"The request would make an image of {scaledWidth} × {scaledHeight} pixels before cropping; the limit is {maxPixels} pixels.");
        }

        var x = Clamp((int)Math.Round(regionX * scaleX), 0, scaledWidth - 1);
        var y = Clamp((int)Math.Round(regionY * scaleY), 0, scaledHeight - 1);
        var width = Clamp((int)Math.Round(regionWidth * scaleX), 1, scaledWidth - x);
        var height = Clamp((int)Math.Round(regionHeight * scaleY), 1, scaledHeight - y);

        if (request is { Width: { } boxWidth, Height: { } boxHeight })
        {
            if (request.Mode == ResizeMode.Crop)
            {
                var cutWidth = Math.Min(boxWidth, width);
                var cutHeight = Math.Min(boxHeight, height);
                var (fx, fy) = request.FocalPoint ?? Fractions(request.Anchor);
                var cutX = x + Clamp((int)Math.Round((fx * width) - (cutWidth / 2.0)), 0, width - cutWidth);
                var cutY = y + Clamp((int)Math.Round((fy * height) - (cutHeight / 2.0)), 0, height - cutHeight);
                return new ResizePlan(scaledWidth, scaledHeight, (cutX, cutY, cutWidth, cutHeight), cutWidth, cutHeight, (0, 0));
            }

            if (request.Mode is ResizeMode.Pad or ResizeMode.BoxPad)
            {
                var (ax, ay) = Fractions(request.Anchor);
                var offset = ((int)Math.Round((boxWidth - width) * ax), (int)Math.Round((boxHeight - height) * ay));
                return new ResizePlan(scaledWidth, scaledHeight, (x, y, width, height), Math.Max(boxWidth, width), Math.Max(boxHeight, height), offset);
            }
        }

        return new ResizePlan(scaledWidth, scaledHeight, (x, y, width, height), width, height, (0, 0));
    }

    public bool CutsAnything => Cut != (0, 0, ScaledWidth, ScaledHeight);

    public bool Pads => (CanvasWidth, CanvasHeight) != (Cut.Width, Cut.Height);

    private static (double X, double Y) Scales(double width, double height, ImageRequest request)
    {
        switch (request)
        {
            case { Width: null, Height: null }:
                return (1, 1);
            case { Width: { } onlyWidth, Height: null }:
                return (onlyWidth / width, onlyWidth / width);
            case { Width: null, Height: { } onlyHeight }:
                return (onlyHeight / height, onlyHeight / height);
        }

        double boxWidth = request.Width!.Value, boxHeight = request.Height!.Value;
        double cover = Math.Max(boxWidth / width, boxHeight / height), fit = Math.Min(boxWidth / width, boxHeight / height);
        return request.Mode switch
        {
            ResizeMode.Stretch => (boxWidth / width, boxHeight / height),
            ResizeMode.Crop => (cover, cover),
            ResizeMode.Min => (Math.Min(1, cover), Math.Min(1, cover)),
            ResizeMode.BoxPad => (Math.Min(1, fit), Math.Min(1, fit)),
            ResizeMode.Max or ResizeMode.Pad => (fit, fit),
        };
    }

    private static (double X, double Y) Fractions(Anchor anchor) => anchor switch
    {
        Anchor.Center => (0.5, 0.5),
        Anchor.Top => (0.5, 0),
        Anchor.Bottom => (0.5, 1),
        Anchor.Left => (0, 0.5),
        Anchor.Right => (1, 0.5),
        Anchor.TopLeft => (0, 0),
        Anchor.TopRight => (1, 0),
        Anchor.BottomLeft => (0, 1),
        Anchor.BottomRight => (1, 1),
    };

    private static int Clamp(int value, int min, int max) => Math.Max(min, Math.Min(value, Math.Max(min, max)));
}
