namespace Worcs.LocalOffer.Search.Querying;

/// <summary>Paging for <see cref="IOrdering.Execute"/>: skip counts items, take is capped at <see cref="MaxTake"/>.</summary>
public sealed record QueryOptions(int Skip = 0, int Take = QueryOptions.DefaultTake)
{
    public const int DefaultTake = 100;
    public const int MaxTake = 1_000;

    public static QueryOptions SkipTake(int skip, int take = DefaultTake) => new(skip, take);
}
