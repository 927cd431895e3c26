namespace Worcs.LocalOffer.Host.Startup;

/// <summary>What the start-up tasks have finished; the readiness check and deferred hosted services read it.</summary>
internal sealed class ReadinessState
{
    private readonly TaskCompletionSource _migrationsApplied = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool MigrationsApplied => _migrationsApplied.Task.IsCompleted;

    /// <summary>Completes once the database migrations are applied; never faults.</summary>
    public Task WhenMigrationsApplied => _migrationsApplied.Task;

    public void MarkMigrationsApplied() => _migrationsApplied.TrySetResult();
}
