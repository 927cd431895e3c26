namespace Worcs.LocalOffer.Sync.Import;

public enum SyncChangeKind
{
    None,
    Create,
    Update,
    Delete,
}
