using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

/// <summary>SQLite only: EF's own SQLite migration lock is a row, which a process killed while migrating leaves behind.</summary>
public sealed class SqliteMigrationLockTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task A_lock_row_left_by_a_killed_process_does_not_block_migration(CancellationToken cancellationToken)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseEngine.Sqlite);
        await using (var connection = new SqliteConnection(database.Settings.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2020-01-01 00:00:00');
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var services = TestServices.Create(database.Settings);
        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken);

        Assert.That(await services.GetRequiredService<IDatabaseMigrator>().IsReadyAsync(cancellationToken), Is.True);
    }
}
