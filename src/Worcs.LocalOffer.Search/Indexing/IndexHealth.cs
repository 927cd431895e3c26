namespace Worcs.LocalOffer.Search.Indexing;

public enum IndexHealth
{
    /// <summary>Opened and answering.</summary>
    Healthy,

    /// <summary>The index folder was missing, so an empty index was created; it needs a rebuild.</summary>
    Missing,

    /// <summary>The index could not be read; an empty index replaced it and it needs a rebuild.</summary>
    Corrupt,

    /// <summary>A rebuild is building a new copy; searches use the current one meanwhile.</summary>
    Rebuilding,
}
