using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Worcs.LocalOffer.Search.Keeping;

/// <summary>
/// Opens (and if needed rebuilds) the indexes at start-up, then drains the indexing queue: whatever is waiting, up
/// to the batch size, is applied and committed together, so a single publish is searchable as soon as it is read.
/// </summary>
public sealed class SearchIndexingService(SearchMaintenance maintenance, IndexingQueue queue, SearchSettings settings, ILogger<SearchIndexingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (migrations, the first-boot import) before reading the database.
        await Task.Yield();
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await maintenance.StartAsync(stoppingToken);
                break;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Usually the database is not migrated or reachable yet; changes stay queued until it is.
                logger.LogError(exception, "Opening the search indexes failed (attempt {Attempt}); trying again shortly", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), stoppingToken);
            }
        }

        var batch = new List<IndexWork>();
        while (await queue.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < settings.BatchSize && queue.TryRead(out var work))
            {
                batch.Add(work);
            }

            if (batch.Count > 0)
            {
                await maintenance.ApplyAsync(batch, stoppingToken);
            }
        }
    }
}
