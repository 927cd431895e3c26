using Microsoft.Extensions.Logging;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>
/// Holds the current published snapshot and swaps in a new one after every committed change. Requests read
/// <see cref="Current"/> without locks; rebuilds are serialised. The preview snapshot (drafts) is built on first use
/// after a change.
/// </summary>
public sealed class PublishedContentCache : IDisposable
{
    private readonly SnapshotLoader _loader;
    private readonly ILogger<PublishedContentCache> _logger;
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ContentSnapshot _current = ContentSnapshot.Empty;
    private ContentSnapshot? _preview;
    private readonly PendingChanges _pending = new();
    private long _generation;
    private long _requested;
    private long _completed;
    private bool _started;

    internal PublishedContentCache(SnapshotLoader loader, ILogger<PublishedContentCache> logger)
    {
        _loader = loader;
        _logger = logger;
    }

    public ContentSnapshot Current => Volatile.Read(ref _current);

    public bool IsLoaded => _loaded.Task.IsCompleted;

    /// <summary>Completes once the first snapshot is in place.</summary>
    public Task WhenLoaded => _loaded.Task;

    /// <summary>Loads the first snapshot; until this is called, change notifications are ignored (the load reads them all).</summary>
    public Task LoadAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _started, true);
        return RefreshAsync(null, cancellationToken);
    }

    /// <summary>Drops the preview snapshot after a draft was saved; the published one is unchanged.</summary>
    public void DraftsChanged() => Volatile.Write(ref _preview, null);

    /// <summary>
    /// Rebuilds after a committed change to the nodes <paramref name="changedKeys"/> (null: re-read everything, as after a
    /// type change, which rewrites stored values). Requests that arrive while a rebuild runs share the next one.
    /// </summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid>? changedKeys, CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _started))
        {
            return;
        }

        _pending.Add(changedKeys);
        var request = Interlocked.Increment(ref _requested);
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (Interlocked.Read(ref _completed) >= request)
            {
                return;
            }

            var covers = Interlocked.Read(ref _requested);
            var keys = _pending.Take();
            try
            {
                var snapshot = await _loader.LoadAsync(Interlocked.Increment(ref _generation), preview: false, IsLoaded ? Current : null, keys, cancellationToken);
                Volatile.Write(ref _current, snapshot);
                Volatile.Write(ref _preview, null);
                Interlocked.Exchange(ref _completed, covers);
                _loaded.TrySetResult();
                _logger.LogDebug("Delivery API cache {Generation}: {Documents} documents, {Media} media", snapshot.Generation, snapshot.Documents.InTreeOrder.Count, snapshot.Media.InTreeOrder.Count);
            }
            catch
            {
                _pending.Add(null);
                throw;
            }
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>The drafts of every document not in the recycle bin, built on demand after each change.</summary>
    public async Task<ContentSnapshot> GetPreviewAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _preview) is { } cached)
        {
            return cached;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _preview) is { } built)
            {
                return built;
            }

            var preview = await _loader.LoadAsync(Interlocked.Increment(ref _generation), preview: true, previous: null, changedKeys: null, cancellationToken);
            Volatile.Write(ref _preview, preview);
            return preview;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();
}
