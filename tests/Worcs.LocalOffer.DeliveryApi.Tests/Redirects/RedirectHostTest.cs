using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.Documents;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Redirects;

/// <summary>A seeded host of the fixture's own, with a client that reports redirects instead of following them.</summary>
public abstract class RedirectHostTest(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
{
    private SeedHost _host = null!;

    internal SeedHost Host => _host;

    protected HttpClient Client { get; private set; } = null!;

    protected DocumentService Documents => _host.Get<DocumentService>();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await SeedHost.StartAsync(settings, configureServices);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _host.Client.BaseAddress };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
