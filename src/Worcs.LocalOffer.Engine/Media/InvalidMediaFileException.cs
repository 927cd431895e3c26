namespace Worcs.LocalOffer.Engine.Media;

/// <summary>A media file that cannot be accepted, such as a truncated or crafted image; the message names the file.</summary>
public sealed class InvalidMediaFileException(string message, Exception? innerException = null) : Exception(message, innerException);
