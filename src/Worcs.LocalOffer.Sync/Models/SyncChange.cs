namespace Worcs.LocalOffer.Sync.Models;

/// <summary>The <c>Change</c> attribute of an <see cref="SyncEmpty"/> marker.</summary>
public enum SyncChange
{
    Delete,
    Rename,
    Clean,
    None,
}
