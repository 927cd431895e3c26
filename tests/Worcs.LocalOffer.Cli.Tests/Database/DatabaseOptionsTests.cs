using System.CommandLine;
using Worcs.LocalOffer.Cli.Database;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Cli.Tests.Database;

public sealed class DatabaseOptionsTests
{
    private const string Postgres = "Host=127.0.0.1;Database=localoffer;Username=localoffer";
    private string _workingDirectory = null!;

    [SetUp]
    public void CreateWorkingDirectory()
    {
        _workingDirectory = Path.Combine(Path.GetTempPath(), "cli-db-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_workingDirectory);
    }

    [TearDown]
    public void DeleteWorkingDirectory() => Directory.Delete(_workingDirectory, recursive: true);

    [Test]
    public void Environment_variables_choose_the_database_as_for_the_host()
    {
        var settings = Resolve([], new()
        {
            [DatabaseOptions.ConnectionStringVariable] = Postgres,
            [DatabaseOptions.ProviderNameVariable] = "Npgsql",
        });

        Assert.That(settings, Is.EqualTo(new DatabaseSettings(DatabaseProvider.PostgreSql, Postgres)));
    }

    [Test]
    public void Options_override_environment_variables()
    {
        var settings = Resolve(["--connection", Postgres, "--provider", "Npgsql"], new()
        {
            [DatabaseOptions.ConnectionStringVariable] = "Data Source=elsewhere.db",
            [DatabaseOptions.ProviderNameVariable] = "Microsoft.Data.Sqlite",
        });

        Assert.That(settings, Is.EqualTo(new DatabaseSettings(DatabaseProvider.PostgreSql, Postgres)));
    }

    [Test]
    public void Default_from_the_repository_root_is_the_hosts_SQLite_file()
    {
        Directory.CreateDirectory(Path.Combine(_workingDirectory, "src", "Worcs.LocalOffer.Host"));

        var settings = Resolve([], []);

        var expected = Path.Combine(_workingDirectory, "src", "Worcs.LocalOffer.Host", "App_Data", "localoffer.sqlite.db");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.Provider, Is.EqualTo(DatabaseProvider.Sqlite));
            Assert.That(settings.ConnectionString, Does.Contain(expected));
        }
    }

    [Test]
    public void Default_elsewhere_is_SQLite_under_the_working_directory()
    {
        var settings = Resolve([], []);

        Assert.That(settings.ConnectionString, Does.Contain(Path.Combine(_workingDirectory, "App_Data", "localoffer.sqlite.db")));
    }

    [Test]
    public void Unknown_provider_is_a_usage_error()
    {
        Assert.That(
            () => Resolve(["--connection", Postgres, "--provider", "Oracle"], []),
            Throws.TypeOf<UsageException>().With.Message.Contains("'Oracle', which is not supported"));
    }

    private DatabaseSettings Resolve(string[] args, Dictionary<string, string> environment)
    {
        var options = new DatabaseOptions();
        var command = new RootCommand();
        options.AddTo(command);
        var context = new CliContext(TextWriter.Null, TextWriter.Null, _workingDirectory, name => environment.GetValueOrDefault(name));
        return options.Resolve(command.Parse(args), context);
    }
}
