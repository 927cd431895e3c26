using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Support;

/// <summary>Starts the real <see cref="Program"/> on Kestrel on a loopback port, with a given content root and settings.</summary>
internal sealed class DeliveryApiHostFactory : WebApplicationFactory<Program>
{
    private readonly string _contentRoot;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public DeliveryApiHostFactory(string contentRoot, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices)
    {
        _contentRoot = contentRoot;
        _settings = settings;
        _configureServices = configureServices;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseContentRoot(_contentRoot);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }
}
