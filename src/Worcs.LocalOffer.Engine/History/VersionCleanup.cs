using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.History;

/// <summary>Deletes document versions that the clean-up policy no longer keeps, in batches of one transaction each.</summary>
public sealed class VersionCleanup
{
    private const int BatchSize = 500;

    private readonly IUnitOfWorkFactory _unitsOfWork;
    private readonly IOptions<VersionCleanupSettings> _settings;
    private readonly TimeProvider _clock;

    internal VersionCleanup(IUnitOfWorkFactory unitsOfWork, IOptions<VersionCleanupSettings> settings, TimeProvider clock)
    {
        _unitsOfWork = unitsOfWork;
        _settings = settings;
        _clock = clock;
    }

    /// <summary>Runs the policy once and returns how many versions were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = _settings.Value;
        var now = _clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<VersionStamp> historic;
        await using (var read = await _unitsOfWork.BeginAsync(cancellationToken))
        {
            historic = await read.Versions.GetHistoricDocumentVersionsAsync(now.AddDays(-Math.Max(0, settings.KeepAllVersionsNewerThanDays)), cancellationToken);
        }

        var doomed = Doomed(historic, now.AddDays(-Math.Max(0, settings.KeepLatestVersionPerDayForDays))).ToList();
        foreach (var batch in doomed.Chunk(BatchSize))
        {
            await using var unitOfWork = await _unitsOfWork.BeginAsync(cancellationToken);
            await unitOfWork.Versions.RemoveAsync(batch, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return doomed.Count;
    }

    /// <summary>All versions before <paramref name="keepDailyFrom"/>; after it, all but the latest of each document and day.</summary>
    private static IEnumerable<Guid> Doomed(IReadOnlyList<VersionStamp> historic, DateTime keepDailyFrom) =>
        historic
            .GroupBy(version => (version.NodeKey, version.CreateDate.Date))
            .SelectMany(day => day.Key.Date < keepDailyFrom.Date
                ? day
                : day.OrderByDescending(version => version.CreateDate).ThenByDescending(version => version.Id).Skip(1))
            .Select(version => version.Id);
}
