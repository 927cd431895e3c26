using Microsoft.Extensions.Configuration;
using Worcs.LocalOffer.Persistence.Providers.Sqlite;

namespace Worcs.LocalOffer.Persistence;

/// <summary>Which database to use and how to reach it.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringKey = "ConnectionStrings:umbracoDbDSN";

    public const string ProviderNameKey = "ConnectionStrings:umbracoDbDSN_ProviderName";

    public const string SqliteProviderName = "Microsoft.Data.Sqlite";

    public const string PostgreSqlProviderName = "Npgsql";

    /// <summary>
    /// Reads Umbraco's connection string keys. With no connection string the site uses SQLite at
    /// <c>App_Data/localoffer.sqlite.db</c> under <paramref name="contentRootPath"/>.
    /// </summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);

        var connectionString = configuration[ConnectionStringKey];
        var providerName = configuration[ProviderNameKey];
        var dataDirectory = Path.Combine(contentRootPath, "App_Data");

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (!string.IsNullOrWhiteSpace(providerName) && ParseProvider(providerName) != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"'{ProviderNameKey}' is '{providerName}' but '{ConnectionStringKey}' is empty; set the connection string.");
            }

            return new DatabaseSettings(DatabaseProvider.Sqlite, SqliteConnectionStrings.Default(dataDirectory));
        }

        if (string.IsNullOrWhiteSpace(providerName))
        {
            throw new InvalidOperationException(
                $"'{ProviderNameKey}' is not set; use '{SqliteProviderName}' or '{PostgreSqlProviderName}'.");
        }

        return ParseProvider(providerName) switch
        {
            DatabaseProvider.Sqlite => new DatabaseSettings(DatabaseProvider.Sqlite, SqliteConnectionStrings.Resolve(connectionString, dataDirectory, contentRootPath)),
            DatabaseProvider.PostgreSql => new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString),
        };
    }

    /// <summary>Leaves the connection string out: it may hold a password.</summary>
    public override string ToString() => $"{nameof(DatabaseSettings)} {{ {nameof(Provider)} = {Provider} }}";

    private static DatabaseProvider ParseProvider(string providerName) =>
        providerName.Trim() switch
        {
            var name when name.Equals(SqliteProviderName, StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
            var name when name.Equals(PostgreSqlProviderName, StringComparison.OrdinalIgnoreCase) => DatabaseProvider.PostgreSql,
            _ => throw new InvalidOperationException(
                $"'{ProviderNameKey}' is '{providerName}', which is not supported; use '{SqliteProviderName}' or '{PostgreSqlProviderName}'."),
        };
}
