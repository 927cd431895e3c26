using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Testing.Host;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Startup;

/// <summary>During start-up the API is never empty: it is not ready, and requests wait for the first load.</summary>
[TestFixture]
[NonParallelizable]
public sealed class StartupTests
{
    [Test]
    public async Task A_request_during_start_up_waits_for_the_imported_content()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await SeedHost.StartAsync(
            configureServices: services =>
            {
                var original = services.Last(descriptor => descriptor.ServiceType == typeof(IDatabaseMigrator));
                services.Add(ServiceDescriptor.Describe(
                    typeof(IDatabaseMigrator),
                    provider => new GatedDatabaseMigrator((IDatabaseMigrator)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!), gate.Task),
                    original.Lifetime));
            },
            waitUntilReady: false);

        var notReady = await host.Client.GetApiAsync("/health/ready");
        var early = host.Client.GetApiAsync("content");
        await Task.Delay(200);
        var stillWaiting = !early.IsCompleted;
        gate.SetResult();
        var answer = await early;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(notReady.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(notReady.Body, Does.Contain("the Delivery API cache is loading."));
            Assert.That(stillWaiting, Is.True);
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(answer.Json.GetProperty("total").GetInt32(), Is.EqualTo(Seed.DocumentCount));
        }
    }
}
