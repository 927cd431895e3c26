using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Worcs.LocalOffer.Testing.Host;

/// <summary>
/// Starts the real <see cref="Program"/> on Kestrel on a loopback port chosen by the system, with a given content
/// root and configuration, so requests go through real HTTP.
/// </summary>
public sealed class LocalOfferHostFactory : WebApplicationFactory<Program>
{
    private readonly string _contentRoot;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public LocalOfferHostFactory(
        string contentRoot,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        _contentRoot = contentRoot;
        _settings = settings ?? new Dictionary<string, string?>();
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

        // The tests read results over HTTP; host logs (migration retries against a closed port) are only noise here.
        if (Environment.GetEnvironmentVariable("LOCALOFFER_TEST_HOST_LOGS") != "1")
        {
            builder.ConfigureLogging(logging => logging.ClearProviders());
        }
        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }
}
