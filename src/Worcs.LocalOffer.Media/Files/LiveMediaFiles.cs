using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Media.Configuration;

namespace Worcs.LocalOffer.Media.Files;

/// <summary>
/// The media-root-relative paths of the files that live media items point at: loaded once at start, then kept current
/// from the engine's notifications, so a request is a set lookup rather than a database query. Files of media in the
/// recycle bin are left out unless <see cref="MediaSettings.ServeTrashedMedia"/> is on.
/// </summary>
public sealed class LiveMediaFiles(IUnitOfWorkFactory unitsOfWork, IOptions<MediaSettings> settings) : IDisposable
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Guid, string> _pathsByKey = [];
    private volatile HashSet<string>? _paths;

    public bool IsLoaded => _paths is not null;

    /// <summary>True when <paramref name="relativePath"/> (like <c>abc123/hall.jpg</c>) belongs to a live media item.</summary>
    public bool Contains(string relativePath) => _paths?.Contains(relativePath) == true;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var unitOfWork = await unitsOfWork.BeginAsync(cancellationToken);
            var nodes = await unitOfWork.Nodes.GetAllAsync(NodeKind.Media, cancellationToken);
            var fresh = await ReadAsync(unitOfWork, nodes, cancellationToken);
            _pathsByKey.Clear();
            Publish(fresh);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Re-reads the media items named; those no longer found (deleted) drop out.</summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_paths is null)
            {
                return;
            }

            // Everything is read before anything changes, so a failed read leaves the known files as they were.
            await using var unitOfWork = await unitsOfWork.BeginAsync(cancellationToken);
            var fresh = new Dictionary<Guid, string>();
            foreach (var batch in keys.Chunk(BatchSize))
            {
                var nodes = await unitOfWork.Nodes.GetManyAsync(batch, cancellationToken);
                foreach (var (key, path) in await ReadAsync(unitOfWork, nodes.Where(node => node.Kind == NodeKind.Media).ToList(), cancellationToken))
                {
                    fresh[key] = path;
                }
            }

            foreach (var key in keys)
            {
                _pathsByKey.Remove(key);
            }

            Publish(fresh);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Dictionary<Guid, string>> ReadAsync(IUnitOfWork unitOfWork, IReadOnlyList<Node> nodes, CancellationToken cancellationToken)
    {
        var paths = new Dictionary<Guid, string>();
        var serveTrashed = settings.Value.ServeTrashedMedia;
        var live = nodes.Where(node => serveTrashed || !node.Trashed).ToDictionary(node => node.PublishedVersionId ?? node.DraftVersionId, node => node.Key);
        foreach (var batch in live.Keys.Chunk(BatchSize))
        {
            foreach (var version in await unitOfWork.Versions.GetManyAsync(batch, cancellationToken))
            {
                if (MediaFilePath.FromStoredValue(version.GetValue(MediaPropertyAliases.File)) is { } path)
                {
                    paths[live[version.Id]] = path;
                }
            }
        }

        return paths;
    }

    public void Dispose() => _gate.Dispose();

    private void Publish(Dictionary<Guid, string> fresh)
    {
        foreach (var (key, path) in fresh)
        {
            _pathsByKey[key] = path;
        }

        _paths = new HashSet<string>(_pathsByKey.Values, StringComparer.Ordinal);
    }
}
