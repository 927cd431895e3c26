namespace Worcs.LocalOffer.Media.Imaging;

/// <summary>A resize request the site refuses; <see cref="Parameter"/> names the query parameter at fault.</summary>
internal sealed class ImageRequestException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
