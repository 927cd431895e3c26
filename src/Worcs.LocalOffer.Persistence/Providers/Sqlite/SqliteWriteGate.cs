using System.Collections.Concurrent;

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite;

/// <summary>
/// One queue of writers per database file, shared by the whole process. Waiting here is asynchronous and fair;
/// SQLite's own busy handler polls with sleeps and gives up after its timeout, so it is left to other processes.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(string databaseFile) => _gates.GetOrAdd(databaseFile, _ => new SemaphoreSlim(1, 1));

    public static async Task<IAsyncDisposable> EnterAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new AsyncDisposable(() =>
        {
            gate.Release();
            return ValueTask.CompletedTask;
        });
    }
}
