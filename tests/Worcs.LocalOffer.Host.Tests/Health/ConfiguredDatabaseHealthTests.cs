using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Host.Tests.Support;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Testing;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Host.Tests.Health;

/// <summary>A connection string and provider name in configuration, to a database that does not exist yet.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
[Parallelizable(ParallelScope.Fixtures)]
public sealed class ConfiguredDatabaseHealthTests(DatabaseEngine engine)
{
    private static readonly TimeSpan _giveUpAfter = TimeSpan.FromSeconds(60);

    private TempContentRoot _contentRoot = null!;
    private TestDatabase _database = null!;
    private LocalOfferHostFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _contentRoot = new TempContentRoot();
        _database = await TestDatabase.CreateEmptyAsync(engine);
        _factory = new LocalOfferHostFactory(_contentRoot.Path, new Dictionary<string, string?>
        {
            [DatabaseSettings.ConnectionStringKey] = _database.Settings.ConnectionString,
            [DatabaseSettings.ProviderNameKey] = engine switch
            {
                DatabaseEngine.Sqlite => DatabaseSettings.SqliteProviderName,
                DatabaseEngine.PostgreSql => DatabaseSettings.PostgreSqlProviderName,
            },
        });
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        _contentRoot.Dispose();
    }

    [Test]
    public async Task Live_returns_200()
    {
        using var response = await _client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Ready_returns_200_once_the_host_has_migrated_the_new_database()
    {
        var status = await _client.PollUntilAsync("/health/ready", HttpStatusCode.OK, _giveUpAfter);
        await using var services = TestServices.Create(_database.Settings);
        var pending = await services.GetRequiredService<IDatabaseMigrator>().GetPendingMigrationsAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(pending, Is.Empty, "migrations pending in the configured database");
        }
    }

    [Test]
    public async Task First_boot_imports_the_seed_content_published_before_reporting_ready()
    {
        await _client.PollUntilAsync("/health/ready", HttpStatusCode.OK, _giveUpAfter);
        await using var services = TestServices.Create(_database.Settings);
        var documents = services.GetRequiredService<DocumentService>();

        var home = (await documents.GetChildrenAsync(null)).Single();
        var newsIndex = (await documents.GetChildrenAsync(home.Key)).Single();
        var items = await documents.GetChildrenAsync(newsIndex.Key);
        var fund = await documents.GetAsync(items.Single(item => item.Name.Contains("Capital Fund", StringComparison.OrdinalIgnoreCase)).Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.IsPublished, Is.True);
            Assert.That(items, Has.Count.GreaterThanOrEqualTo(10));
            Assert.That(items.Select(item => item.IsPublished), Is.All.True);
            Assert.That(fund!.Published!.GetValue("allocations"), Does.Contain("1085665").And.Contain("252480").And.Contain("504960"));
        }
    }
}
