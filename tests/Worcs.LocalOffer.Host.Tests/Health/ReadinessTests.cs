using System.Net;
using Worcs.LocalOffer.Host.Tests.Support;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Host.Tests.Health;

[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class ReadinessTests
{
    private static readonly TimeSpan _giveUpAfter = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Ready_returns_503_until_migrations_are_applied()
    {
        using var contentRoot = new TempContentRoot();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = new LocalOfferHostFactory(
            contentRoot.Path,
            configureServices: services => services.Decorate<IDatabaseMigrator>(inner => new GatedDatabaseMigrator(inner, gate.Task)));
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var before = await client.GetAsync("/health/ready");
        var beforeBody = await before.Content.ReadAsStringAsync();
        gate.SetResult();
        var after = await client.PollUntilAsync("/health/ready", HttpStatusCode.OK, _giveUpAfter);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(beforeBody, Does.Contain("migrations are not applied"));
            Assert.That(beforeBody, Does.Contain("\"status\":\"Degraded\""), "starting is not an error");
            Assert.That(after, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Ready_returns_503_while_the_database_is_unreachable()
    {
        using var contentRoot = new TempContentRoot();
        await using var factory = new LocalOfferHostFactory(contentRoot.Path, new Dictionary<string, string?>
        {
            ["ConnectionStrings:umbracoDbDSN"] = $"Host=127.0.0.1;Port={ClosedPort.Find()};Database=localoffer;Username=localoffer;Timeout=2",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Npgsql",
        });
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await ready.Content.ReadAsStringAsync(), Does.Contain("The database does not answer"));
        }
    }
}
