using Microsoft.Data.Sqlite;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Testing;

/// <summary>SQLite test databases: copies of a template file migrated once per process, all in one temporary folder.</summary>
internal static class SqliteTestDatabases
{
    private static readonly Lazy<string> _folder = new(CreateFolder);

    private static readonly Lazy<Task<string>> _template = new(CreateTemplateAsync);

    public static async Task<TestDatabase> CreateAsync()
    {
        var template = await _template.Value;
        var file = Path.Combine(_folder.Value, $"test_{Guid.NewGuid():N}.db");
        File.Copy(template, file);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        return new TestDatabase(
            DatabaseEngine.Sqlite,
            new DatabaseSettings(DatabaseProvider.Sqlite, connectionString),
            () => DeleteAsync(connectionString, file));
    }

    public static TestDatabase CreateEmpty()
    {
        var file = Path.Combine(_folder.Value, $"empty_{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
        return new TestDatabase(
            DatabaseEngine.Sqlite,
            new DatabaseSettings(DatabaseProvider.Sqlite, connectionString),
            () => DeleteAsync(connectionString, file));
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var file = Path.Combine(_folder.Value, "template.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        await TemplateMigration.MigrateAsync(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString));

        // Fold the write-ahead log into the file, so that copying the file alone copies everything.
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync();
        return file;
    }

    private static ValueTask DeleteAsync(string connectionString, string file)
    {
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm", ".migrations.lock" })
        {
            File.Delete(file + suffix);
        }

        return ValueTask.CompletedTask;
    }

    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "localoffer-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder(folder);
        return folder;
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
