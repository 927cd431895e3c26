namespace Worcs.LocalOffer.Sync.Reading;

/// <summary>Stops reading a file that does not have the shape of its item type.</summary>
internal sealed class SyncFormatException(int? line, string message) : Exception(message)
{
    public int? Line { get; } = line;
}
