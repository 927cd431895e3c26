namespace Worcs.LocalOffer.Sync.Import;

public enum SyncItemType
{
    DataType,
    ContentType,
    MediaType,
    Document,
    Media,
    Language,
}
