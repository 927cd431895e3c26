namespace Worcs.LocalOffer.Search.Content;

/// <summary>Which content an index holds.</summary>
public enum IndexTarget
{
    /// <summary>Published documents whose ancestors are all published, and media, none in the recycle bin.</summary>
    External,

    /// <summary>The drafts of all documents, and media, none in the recycle bin: for the backoffice.</summary>
    Internal,
}
