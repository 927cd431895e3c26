using Lucene.Net.Search;

namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>A searcher borrowed from an index; dispose it to give it back. It stays valid across a rebuild's swap.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;
    private bool _released;

    internal SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        if (!_released)
        {
            _released = true;
            _manager.Release(Searcher);
        }
    }
}
