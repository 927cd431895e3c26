using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests;

/// <summary>One seed host with the default settings, shared by the fixtures that only read.</summary>
[SetUpFixture]
public sealed class SharedSeedHost
{
    private static SeedHost? _host;

    internal static SeedHost Host => _host ?? throw new InvalidOperationException("The shared host has not started.");

    internal static HttpClient Client => Host.Client;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SeedHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
