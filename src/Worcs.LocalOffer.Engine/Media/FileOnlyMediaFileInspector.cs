namespace Worcs.LocalOffer.Engine.Media;

/// <summary>The inspector used when no image decoder is composed (the command-line tool): bytes and extension only.</summary>
public sealed class FileOnlyMediaFileInspector : IMediaFileInspector
{
    public MediaFileFacts Inspect(string filePath) => MediaFileFacts.OfFile(filePath);
}
