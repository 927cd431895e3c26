using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.DeliveryApi.Http;

/// <summary>
/// The old routes that redirects are recorded for, held in memory so that a request for a route no page answers reads
/// the database only when a redirect may exist. Loaded at start and reloaded after each committed batch that publishes
/// or moves documents (the only changes that record redirects), whether this process committed it or another server
/// did and the change-log relay delivered it, and before the published cache drops the old routes. Until a load
/// succeeds (at start, or again after a failed reload) the set is not trusted and every miss reads the database.
/// </summary>
internal sealed class RedirectedRoutes(IUnitOfWorkFactory unitsOfWork) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile HashSet<string>? _urls;

    /// <summary>False only when the set is trusted and has no redirect from <paramref name="url"/>.</summary>
    public bool MayRedirect(string url) => _urls?.Contains(url) != false;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        // One load at a time, so an older read never replaces a newer one.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var unitOfWork = await unitsOfWork.BeginAsync(cancellationToken);
            _urls = new HashSet<string>(await unitOfWork.Redirects.GetAllUrlsAsync(cancellationToken), StringComparer.Ordinal);
        }
        catch
        {
            // A redirect recorded by the change that failed to load may be missing: ask the database until a load succeeds.
            _urls = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
