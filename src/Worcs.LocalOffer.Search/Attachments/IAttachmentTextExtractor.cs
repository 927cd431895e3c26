namespace Worcs.LocalOffer.Search.Attachments;

/// <summary>Reads the words out of one kind of file.</summary>
public interface IAttachmentTextExtractor
{
    /// <summary>Lower-case extensions without the dot, such as <c>pdf</c>.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>The text of the file; throws when the file cannot be read (corrupt, encrypted, wrong format).</summary>
    string Extract(Stream stream, CancellationToken cancellationToken);
}
