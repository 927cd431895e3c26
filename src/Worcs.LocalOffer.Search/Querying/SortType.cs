namespace Worcs.LocalOffer.Search.Querying;

public enum SortType
{
    Score,
    String,
    Int,
    Long,
    DateTime,
}
