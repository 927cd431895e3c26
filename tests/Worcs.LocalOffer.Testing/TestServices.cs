using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Testing;

public static class TestServices
{
    /// <summary>
    /// The engine and its storage on <paramref name="settings"/>, with warnings logged to the console.
    /// <paramref name="configure"/> runs last, so it can add services or replace any of them.
    /// </summary>
    public static ServiceProvider Create(DatabaseSettings settings, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddLocalOfferEngine();
        services.AddLocalOfferPersistence(settings);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
