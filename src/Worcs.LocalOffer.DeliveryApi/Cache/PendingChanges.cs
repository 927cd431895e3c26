namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>What the next rebuild must re-read: some nodes by key, or everything (after a type change or a failure).</summary>
internal sealed class PendingChanges
{
    private readonly Lock _lock = new();
    private HashSet<Guid> _keys = [];
    private bool _everything = true;

    public void Add(IReadOnlyCollection<Guid>? keys)
    {
        lock (_lock)
        {
            if (keys is null)
            {
                _everything = true;
            }
            else
            {
                _keys.UnionWith(keys);
            }
        }
    }

    /// <summary>Takes the pending changes; null keys mean everything.</summary>
    public IReadOnlyCollection<Guid>? Take()
    {
        lock (_lock)
        {
            var keys = _everything ? null : _keys;
            _keys = [];
            _everything = false;
            return keys;
        }
    }
}
