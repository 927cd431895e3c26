namespace Worcs.LocalOffer.Host.Startup;

/// <summary>
/// Starts another module's hosted service only once the migrations are applied, so background work (scheduled
/// publishing, indexing) never queries tables that do not exist yet, while Kestrel starts at once.
/// A failure to start, or a background loop that dies, stops the application as the host would have.
/// </summary>
internal sealed class AfterMigrationsHostedService(
    IHostedService inner,
    ReadinessState readiness,
    IHostApplicationLifetime lifetime,
    ILogger<AfterMigrationsHostedService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private bool _disposed;
    private Task _started = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _started = StartWhenMigratedAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            // A host stopped by StopApplication and then disposed by its owner is asked to stop once more.
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _started;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await inner.StopAsync(cancellationToken);
    }

    public void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
    }

    private async Task StartWhenMigratedAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenMigrationsApplied.WaitAsync(stoppingToken);
        try
        {
            await inner.StartAsync(stoppingToken);
            if (inner is BackgroundService { ExecuteTask: { } execution })
            {
                _ = StopApplicationIfFaultedAsync(execution);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(exception, "failed to start");
            throw new OperationCanceledException("Start-up failed.", exception);
        }
    }

    private async Task StopApplicationIfFaultedAsync(Task execution)
    {
        try
        {
            await execution;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(exception, "stopped with an error");
        }
    }

    private void Fail(Exception exception, string what)
    {
        logger.LogCritical(exception, "Hosted service {Service} {What}; stopping the application", inner.GetType().Name, what);
        lifetime.StopApplication();
    }
}
