using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Keeping;

/// <summary>
/// Keeps the indexes in step with the database: the start-up check (missing, corrupt or behind means rebuild),
/// applying queued changes in batches, rebuilds, and status.
/// </summary>
public sealed class SearchMaintenance(SearchIndexes indexes, IndexContentSource source, IndexingQueue queue, SearchSettings settings, ILogger<SearchMaintenance> logger)
{
    private const int MaxLinkingDocuments = 10_000;
    private DateTime? _lastProcessedUtc;
    private string? _lastError;
    private volatile bool _ready;

    public bool Ready => _ready;

    /// <summary>Opens every index and rebuilds those that are missing, corrupt, from another schema or behind the database. Runs once.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        foreach (var (index, _) in indexes.All)
        {
            index.Open(settings.VerifyOnStart);
        }

        foreach (var (index, target) in indexes.All)
        {
            var reason = index.NeedsRebuild ? $"it is {index.Health.ToString().ToLowerInvariant()} or from another schema" : null;
            if (reason is null)
            {
                var expected = await source.ExpectedAsync(target, cancellationToken);
                var actual = IndexFingerprintReader.Read(index);
                if (expected != actual)
                {
                    reason = $"it holds {actual.Count} items (latest update {Ticks(actual.MaxUpdateTicks)}) but the database has {expected.Count} (latest {Ticks(expected.MaxUpdateTicks)})";
                }
            }

            if (reason is not null)
            {
                logger.LogWarning("Rebuilding search index {Index} at start-up because {Reason}", index.Name, reason);
                await RebuildAsync(index, target, cancellationToken);
            }
        }

        _ready = true;
    }

    /// <summary>Queues a rebuild of every index and returns at once (for an admin endpoint answering 202).</summary>
    public void RequestRebuild() => queue.Enqueue(new IndexWork(IndexWorkKind.RebuildAll, []));

    public async Task<IReadOnlyList<RebuildResult>> RebuildAllAsync(CancellationToken cancellationToken)
    {
        var results = new List<RebuildResult>();
        foreach (var (index, target) in indexes.All)
        {
            results.Add(await RebuildAsync(index, target, cancellationToken));
        }

        return results;
    }

    public Task<RebuildResult> RebuildAsync(SearchIndex index, IndexTarget target, CancellationToken cancellationToken) =>
        index.RebuildAsync(source.AllAsync(target, cancellationToken), cancellationToken);

    /// <summary>Applies a batch of queued work to every index and commits once.</summary>
    public async Task ApplyAsync(IReadOnlyList<IndexWork> batch, CancellationToken cancellationToken)
    {
        try
        {
            if (batch.Any(work => work.Kind == IndexWorkKind.RebuildAll))
            {
                await RebuildAllAsync(cancellationToken);
            }

            var refresh = batch.Where(work => work.Kind == IndexWorkKind.Refresh).SelectMany(work => work.Keys).ToHashSet();
            var deep = batch.Where(work => work.Kind == IndexWorkKind.RefreshWithDescendants).SelectMany(work => work.Keys).ToHashSet();
            var typeKeys = batch.Where(work => work.Kind == IndexWorkKind.ContentTypes).SelectMany(work => work.Keys).ToList();
            if (typeKeys.Count > 0)
            {
                refresh.UnionWith(await source.NodesOfTypesAsync(typeKeys, cancellationToken));
            }

            refresh.ExceptWith(deep);
            foreach (var (index, target) in indexes.All)
            {
                if (refresh.Count > 0)
                {
                    Apply(index, await source.ChangesAsync(target, refresh, includeDescendants: false, key => Linking(index, key), cancellationToken));
                }

                if (deep.Count > 0)
                {
                    Apply(index, await source.ChangesAsync(target, deep, includeDescendants: true, key => Linking(index, key), cancellationToken));
                }

                index.Commit();
            }

            _lastProcessedUtc = DateTime.UtcNow;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _lastError = exception.Message;
            logger.LogError(exception, "Search indexing failed for a batch of {Count} changes; the queue carries on", batch.Count);
        }
    }

    public SearchStatus Status() =>
        new([.. indexes.All.Select(pair => pair.Index.Status())], queue.Length, _ready, _lastProcessedUtc, _lastError);

    private static void Apply(SearchIndex index, IndexChanges changes)
    {
        index.Delete(changes.Deletes);
        index.Index(changes.Upserts);
    }

    private static List<Guid> Linking(SearchIndex index, Guid mediaKey) =>
        [.. index.Searcher.CreateQuery(ContentFields.ContentCategory)
            .Field(ContentFields.LinkedMedia, mediaKey.ToString("D"))
            .Execute(new Querying.QueryOptions(0, MaxLinkingDocuments)).Items
            .Select(item => Guid.TryParse(item.Id, out var key) ? key : Guid.Empty)
            .Where(key => key != Guid.Empty)];

    private static string Ticks(long ticks) => ticks == 0 ? "none" : new DateTime(ticks, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
