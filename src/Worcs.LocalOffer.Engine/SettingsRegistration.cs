using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Worcs.LocalOffer.Engine;

/// <summary>The one way every project binds its settings.</summary>
public static class SettingsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TSettings"/> from <paramref name="sectionKey"/> of the container's configuration (a
    /// container composed without one gets the defaults) and validates it when the host starts, so a bad value stops
    /// start-up with its key named instead of failing at first use. Add an <see cref="IValidateOptions{TOptions}"/>
    /// for the checks.
    /// </summary>
    public static OptionsBuilder<TSettings> AddLocalOfferSettings<TSettings>(this IServiceCollection services, string sectionKey)
        where TSettings : class =>
        services.AddOptions<TSettings>()
            .Configure<IServiceProvider>((settings, provider) => provider.GetService<IConfiguration>()?.GetSection(sectionKey).Bind(settings))
            .ValidateOnStart();
}
