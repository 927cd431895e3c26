using System.Threading.Channels;

namespace Worcs.LocalOffer.Search.Keeping;

/// <summary>The background indexing queue: notification handlers write, <see cref="SearchIndexingService"/> drains.</summary>
public sealed class IndexingQueue
{
    private readonly Channel<IndexWork> _channel = Channel.CreateUnbounded<IndexWork>(new UnboundedChannelOptions { SingleReader = true });
    private int _length;

    public int Length => Volatile.Read(ref _length);

    public void Enqueue(IndexWork work)
    {
        if (work.Keys.Count == 0 && work.Kind != IndexWorkKind.RebuildAll)
        {
            return;
        }

        Interlocked.Increment(ref _length);
        if (!_channel.Writer.TryWrite(work))
        {
            Interlocked.Decrement(ref _length);
        }
    }

    internal ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken);

    internal bool TryRead(out IndexWork work)
    {
        if (_channel.Reader.TryRead(out work!))
        {
            Interlocked.Decrement(ref _length);
            return true;
        }

        return false;
    }
}
