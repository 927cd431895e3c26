using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite;

/// <summary>
/// Sets up every connection as it opens. WAL with synchronous=FULL makes a commit durable before it returns, so a
/// killed process leaves the old or the new state; busy_timeout makes another process's writer wait, not fail.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql =
        "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
