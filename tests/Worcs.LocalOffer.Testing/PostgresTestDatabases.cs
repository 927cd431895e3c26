using System.Globalization;
using Npgsql;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Testing;

/// <summary>
/// PostgreSQL test databases, each made with <c>CREATE DATABASE test_… TEMPLATE …</c> from a template migrated once
/// per process. The template's name carries the process and its creation time, so test processes running side by
/// side (several test projects at once) never share or drop each other's template.
/// </summary>
internal static class PostgresTestDatabases
{
    private const string TemplatePrefix = "localoffer_template_";
    private static readonly TimeSpan _staleTemplateAge = TimeSpan.FromHours(6);

    private static readonly Lazy<Task<string>> _template = new(CreateTemplateAsync);

    public static async Task<TestDatabase> CreateAsync()
    {
        var admin = await PostgresTestServer.GetAdminConnectionStringAsync();
        var template = await _template.Value;
        var name = $"test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(
            DatabaseEngine.PostgreSql,
            new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString),
            () => DropAsync(admin, connectionString, name));
    }

    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var admin = await PostgresTestServer.GetAdminConnectionStringAsync();
        var name = $"test_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(
            DatabaseEngine.PostgreSql,
            new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString),
            () => DropAsync(admin, connectionString, name));
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var admin = await PostgresTestServer.GetAdminConnectionStringAsync();
        await DropStaleTemplatesAsync(admin);

        var name = $"{TemplatePrefix}{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}_{Environment.ProcessId}";
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(admin, null, name).AsTask().Wait(TimeSpan.FromSeconds(5));

        // No pooling: a pooled idle connection to the template would make CREATE DATABASE … TEMPLATE refuse it.
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        await TemplateMigration.MigrateAsync(new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString));
        return name;
    }

    /// <summary>Templates left by test processes that died long ago.</summary>
    private static async Task DropStaleTemplatesAsync(string admin)
    {
        var stale = new List<string>();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection);
            command.Parameters.AddWithValue("prefix", TemplatePrefix);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var name = reader.GetString(0);
                var created = name[TemplatePrefix.Length..].Split('_')[0];
                if (long.TryParse(created, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                    && DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds) > _staleTemplateAge)
                {
                    stale.Add(name);
                }
            }
        }

        foreach (var name in stale)
        {
            await DropAsync(admin, null, name);
        }
    }

    private static async ValueTask DropAsync(string admin, string? connectionString, string name)
    {
        if (connectionString is not null)
        {
            await using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
