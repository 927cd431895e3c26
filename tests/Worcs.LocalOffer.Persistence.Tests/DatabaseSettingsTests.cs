using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Worcs.LocalOffer.Persistence.Tests;

public sealed class DatabaseSettingsTests
{
    private string _contentRoot = "";

    [SetUp]
    public void CreateContentRoot() => _contentRoot = Directory.CreateTempSubdirectory("localoffer-settings-").FullName;

    [TearDown]
    public void DeleteContentRoot() => Directory.Delete(_contentRoot, recursive: true);

    [Test]
    public void Without_a_connection_string_the_site_uses_sqlite_in_app_data()
    {
        var settings = DatabaseSettings.FromConfiguration(Configuration(), _contentRoot);

        Assert.That(settings.Provider, Is.EqualTo(DatabaseProvider.Sqlite));
        Assert.That(DataSource(settings), Is.EqualTo(Path.Combine(_contentRoot, "App_Data", "localoffer.sqlite.db")));
        Assert.That(Directory.Exists(Path.Combine(_contentRoot, "App_Data")), Is.True);
    }

    [Test]
    public void Sqlite_provider_expands_the_data_directory_token_and_anchors_relative_files_to_the_content_root()
    {
        var withToken = DatabaseSettings.FromConfiguration(
            Configuration("Data Source=|DataDirectory|/Umbraco.sqlite.db;Cache=Shared;Foreign Keys=True;Pooling=True", "Microsoft.Data.Sqlite"),
            _contentRoot);
        var relative = DatabaseSettings.FromConfiguration(Configuration("Data Source=data/site.db", "Microsoft.Data.Sqlite"), _contentRoot);

        Assert.That(withToken.Provider, Is.EqualTo(DatabaseProvider.Sqlite));
        Assert.That(DataSource(withToken), Is.EqualTo(Path.Combine(_contentRoot, "App_Data", "Umbraco.sqlite.db")));
        Assert.That(new SqliteConnectionStringBuilder(withToken.ConnectionString).Cache, Is.EqualTo(SqliteCacheMode.Default));
        Assert.That(DataSource(relative), Is.EqualTo(Path.Combine(_contentRoot, "data", "site.db")));
        Assert.That(Directory.Exists(Path.Combine(_contentRoot, "data")), Is.True);
    }

    [TestCase("Npgsql")]
    [TestCase("npgsql")]
    public void Npgsql_provider_selects_postgresql_with_the_connection_string_as_given(string providerName)
    {
        const string ConnectionString = "Host=db;Database=localoffer;Username=site;Password=secret";

        var settings = DatabaseSettings.FromConfiguration(Configuration(ConnectionString, providerName), _contentRoot);

        Assert.That(settings, Is.EqualTo(new DatabaseSettings(DatabaseProvider.PostgreSql, ConnectionString)));
    }

    [Test]
    public void An_unknown_provider_name_is_refused_naming_the_key_and_the_allowed_values()
    {
        Assert.That(
            () => DatabaseSettings.FromConfiguration(Configuration("Server=.;Database=x", "System.Data.SqlClient"), _contentRoot),
            Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:umbracoDbDSN_ProviderName")
                .And.Message.Contains("System.Data.SqlClient")
                .And.Message.Contains("Microsoft.Data.Sqlite")
                .And.Message.Contains("Npgsql"));
    }

    [Test]
    public void A_connection_string_without_a_provider_name_is_refused()
    {
        Assert.That(
            () => DatabaseSettings.FromConfiguration(Configuration("Host=db", null), _contentRoot),
            Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:umbracoDbDSN_ProviderName"));
    }

    [Test]
    public void A_postgresql_provider_without_a_connection_string_is_refused()
    {
        Assert.That(
            () => DatabaseSettings.FromConfiguration(Configuration(null, "Npgsql"), _contentRoot),
            Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:umbracoDbDSN"));
    }

    [Test]
    public void Printing_the_settings_leaves_out_the_connection_string()
    {
        var settings = new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=db;Password=secret");

        Assert.That(settings.ToString(), Does.Not.Contain("secret").And.Contains("PostgreSql"));
    }

    private static IConfiguration Configuration(string? connectionString = null, string? providerName = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseSettings.ConnectionStringKey] = connectionString,
                [DatabaseSettings.ProviderNameKey] = providerName,
            })
            .Build();

    private static string DataSource(DatabaseSettings settings) => new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
}
