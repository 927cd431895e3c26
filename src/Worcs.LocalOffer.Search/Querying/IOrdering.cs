namespace Worcs.LocalOffer.Search.Querying;

public interface IOrdering
{
    IOrdering OrderBy(params SortableField[] fields);

    IOrdering OrderByDescending(params SortableField[] fields);

    SearchResults Execute(QueryOptions? options = null);
}
