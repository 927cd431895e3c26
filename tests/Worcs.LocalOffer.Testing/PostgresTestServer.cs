using Npgsql;

namespace Worcs.LocalOffer.Testing;

/// <summary>
/// The PostgreSQL server the tests use: <see cref="EnvironmentVariable"/> if set, else the cluster that
/// build/postgres.sh sets up. Checked once per test run, and only when a PostgreSQL test asks for it.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "LOCALOFFER_TEST_POSTGRES";

    /// <summary>What build/postgres.sh sets up with its defaults.</summary>
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=55432;Username=localoffer;Password=localoffer-test;Database=postgres";

    private static readonly Lazy<Task<string>> _available = new(EnsureAvailableAsync);

    /// <summary>
    /// A superuser connection string to the maintenance database, once the server answers. Throws, failing the test,
    /// when it does not: PostgreSQL tests are never skipped.
    /// </summary>
    public static Task<string> GetAdminConnectionStringAsync() => _available.Value;

    private static async Task<string> EnsureAvailableAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var connectionString = string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured;
        var error = await TryConnectAsync(connectionString);
        if (error is null)
        {
            return connectionString;
        }

        // Starting the local cluster is only right when the tests were not pointed at a server of their own.
        string? scriptReport = null;
        if (string.IsNullOrWhiteSpace(configured))
        {
            scriptReport = await PostgresScript.RunAsync();
            error = await TryConnectAsync(connectionString);
            if (error is null)
            {
                return connectionString;
            }
        }

        throw new InvalidOperationException(
            $"The PostgreSQL server for the tests is not reachable at '{WithoutPassword(connectionString)}': {error}. " +
            $"Run build/postgres.sh as root (it installs PostgreSQL if needed and starts a test cluster on 127.0.0.1:55432), " +
            $"or set {EnvironmentVariable} to the connection string of a server where the user may create databases." +
            (scriptReport is null ? "" : $"{Environment.NewLine}Running build/postgres.sh automatically did not help:{Environment.NewLine}{scriptReport}"));
    }

    private static async Task<string?> TryConnectAsync(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync();
            return null;
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or ArgumentException or TimeoutException)
        {
            return exception.Message;
        }
    }

    internal static string WithoutPassword(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Remove("Password");
        return builder.ConnectionString;
    }
}
