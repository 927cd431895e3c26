using Microsoft.Data.Sqlite;

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite;

internal static class SqliteConnectionStrings
{
    private const string DataDirectoryToken = "|DataDirectory|";

    public const string DefaultFileName = "localoffer.sqlite.db";

    public static string Default(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, DefaultFileName) }.ToString();
    }

    /// <summary>
    /// Expands Umbraco's <c>|DataDirectory|</c> token, anchors a relative file to the content root and creates the
    /// file's folder. Shared cache is dropped: with WAL it only adds table-level locking errors.
    /// </summary>
    public static string Resolve(string connectionString, string dataDirectory, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return builder.ToString();
        }

        var dataSource = builder.DataSource.Replace(DataDirectoryToken, dataDirectory + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
        dataSource = Path.GetFullPath(dataSource, contentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(dataSource)!);
        builder.DataSource = dataSource;
        builder.Cache = SqliteCacheMode.Default;
        return builder.ToString();
    }
}
