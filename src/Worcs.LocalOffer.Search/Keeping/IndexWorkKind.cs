namespace Worcs.LocalOffer.Search.Keeping;

public enum IndexWorkKind
{
    /// <summary>Re-read these items: index them if they belong in the index, remove them if not.</summary>
    Refresh,

    /// <summary>As <see cref="Refresh"/>, for the items and all their descendants (moves, unpublishes, trashing).</summary>
    RefreshWithDescendants,

    /// <summary>Re-read every item of these content types (a type's alias or properties changed).</summary>
    ContentTypes,

    /// <summary>Rebuild every index from the database.</summary>
    RebuildAll,
}
