using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Worcs.LocalOffer.Host.Startup;
using Worcs.LocalOffer.Host.Tests.Support;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.Host.Tests.Startup;

[TestFixture]
public sealed class HostedServiceOrderTests
{
    [Test]
    public async Task Every_module_background_service_waits_for_the_migrations()
    {
        using var contentRoot = new TempContentRoot();
        await using var factory = new LocalOfferHostFactory(contentRoot.Path);
        factory.StartServer();

        var hosted = factory.Services.GetServices<IHostedService>().ToList();
        var undeferred = hosted
            .Select(service => service.GetType())
            .Where(type => type.Namespace?.StartsWith("Worcs.LocalOffer.", StringComparison.Ordinal) == true)
            .Where(type => type.Assembly != typeof(Program).Assembly);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(undeferred, Is.Empty);
            Assert.That(hosted.OfType<AfterMigrationsHostedService>(), Is.Not.Empty, "the engine registers a background service");
            Assert.That(hosted.OfType<DatabaseMigrationService>().Count(), Is.EqualTo(1));
        }
    }
}
