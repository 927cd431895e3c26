using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Testing;

/// <summary>
/// A fresh, migrated database of its own for one test: a copy of a template migrated once per test run.
/// Disposing it deletes the database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _delete;
    private bool _disposed;

    internal TestDatabase(DatabaseEngine engine, DatabaseSettings settings, Func<ValueTask> delete)
    {
        Engine = engine;
        Settings = settings;
        _delete = delete;
    }

    public DatabaseEngine Engine { get; }

    public DatabaseSettings Settings { get; }

    public static Task<TestDatabase> CreateAsync(DatabaseEngine engine) =>
        engine switch
        {
            DatabaseEngine.Sqlite => SqliteTestDatabases.CreateAsync(),
            DatabaseEngine.PostgreSql => PostgresTestDatabases.CreateAsync(),
        };

    /// <summary>A database that does not exist yet, for tests of migrating from nothing. Disposing deletes it.</summary>
    public static Task<TestDatabase> CreateEmptyAsync(DatabaseEngine engine) =>
        engine switch
        {
            DatabaseEngine.Sqlite => Task.FromResult(SqliteTestDatabases.CreateEmpty()),
            DatabaseEngine.PostgreSql => PostgresTestDatabases.CreateEmptyAsync(),
        };

    public async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            await _delete();
        }
    }
}
