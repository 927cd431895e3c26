using System.Runtime;
using Worcs.LocalOffer.DeliveryApi.Cache;
using Worcs.LocalOffer.Search.Keeping;

namespace Worcs.LocalOffer.Host.Startup;

/// <summary>
/// Compacts the heap once, after the start-up work (first-boot import, the first published snapshot, the search
/// index check or rebuild) has finished. That work leaves the heap sized and fragmented for itself (measured with
/// 10,000 documents: about 50 MB of free space in generation 2 and the large-object heap), which the site would
/// otherwise keep for its whole life.
/// </summary>
internal sealed class StartupHeapCompaction(
    PublishedContentCache cache,
    SearchMaintenance search,
    IndexingQueue searchQueue,
    ILogger<StartupHeapCompaction> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await cache.WhenLoaded.WaitAsync(stoppingToken);
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (!search.Ready || searchQueue.Length > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                return;
            }

            await Task.Delay(PollInterval, stoppingToken);
        }

        var before = Environment.WorkingSet;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation(
            "Start-up work finished; heap compacted, working set {Before} MB -> {After} MB",
            before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024));
    }
}
