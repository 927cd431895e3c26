using System.Net;
using Worcs.LocalOffer.Host.Tests.Support;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Host.Tests.Health;

/// <summary>No connection string configured: SQLite under the content root's App_Data.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Fixtures)]
public sealed class DefaultDatabaseHealthTests
{
    private static readonly TimeSpan _giveUpAfter = TimeSpan.FromSeconds(60);

    private TempContentRoot _contentRoot = null!;
    private LocalOfferHostFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _contentRoot = new TempContentRoot();
        _factory = new LocalOfferHostFactory(_contentRoot.Path);
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _contentRoot.Dispose();
    }

    [Test]
    public async Task Live_returns_200_on_a_fresh_SQLite_database()
    {
        using var response = await _client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Ready_returns_200_on_a_fresh_SQLite_database_in_the_content_root()
    {
        var status = await _client.PollUntilAsync("/health/ready", HttpStatusCode.OK, _giveUpAfter);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(File.Exists(_contentRoot.DefaultSqliteFile), Is.True, "SQLite file under App_Data");
        }
    }

    [Test]
    public async Task Ready_reports_each_check_as_JSON()
    {
        await _client.PollUntilAsync("/health/ready", HttpStatusCode.OK, _giveUpAfter);

        using var response = await _client.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(body, Does.Contain("\"status\":\"Healthy\""));
            Assert.That(body, Does.Contain("\"migrations\"").And.Contain("\"database\""));
        }
    }
}
