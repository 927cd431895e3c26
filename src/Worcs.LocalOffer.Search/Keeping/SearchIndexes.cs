using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Keeping;

/// <summary>The named indexes, Examine-style: <c>ExternalIndex</c> (published content and media) and <c>InternalIndex</c> (drafts).</summary>
public sealed class SearchIndexes : IDisposable
{
    public const string ExternalIndexName = "ExternalIndex";
    public const string InternalIndexName = "InternalIndex";

    public SearchIndexes(SearchIndex external, SearchIndex @internal)
    {
        External = external;
        Internal = @internal;
    }

    public SearchIndex External { get; }

    public SearchIndex Internal { get; }

    public IEnumerable<(SearchIndex Index, IndexTarget Target)> All => [(External, IndexTarget.External), (Internal, IndexTarget.Internal)];

    public bool TryGetIndex(string name, out SearchIndex index)
    {
        index = name switch
        {
            ExternalIndexName => External,
            InternalIndexName => Internal,
            _ => null!,
        };
        return index is not null;
    }

    public void Dispose()
    {
        External.Dispose();
        Internal.Dispose();
    }
}
