namespace Worcs.LocalOffer.Sync;

public enum SyncSeverity
{
    Warning,
    Error,
}
