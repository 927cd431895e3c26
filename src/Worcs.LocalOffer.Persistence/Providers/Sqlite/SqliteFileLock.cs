namespace Worcs.LocalOffer.Persistence.Providers.Sqlite;

/// <summary>
/// An exclusive lock on a file beside the database, held across processes. The operating system drops it when the
/// holder dies, unlike EF's own SQLite migration lock, which is a row that a killed process leaves behind.
/// </summary>
internal static class SqliteFileLock
{
    private static readonly TimeSpan _retryDelay = TimeSpan.FromMilliseconds(50);

    public static async Task<IAsyncDisposable> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return stream;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(_retryDelay, cancellationToken);
            }
        }
    }
}
