using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Sync.Configuration;

namespace Worcs.LocalOffer.Host.Startup;

internal static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the start-up tasks that must finish before the application reports ready. Hosted services registered
    /// before this call (the modules' background loops) start only after the migrations are applied, so call it last.
    /// </summary>
    public static IServiceCollection AddLocalOfferStartup(this IServiceCollection services)
    {
        var deferred = services.Where(descriptor => descriptor.ServiceType == typeof(IHostedService) && !descriptor.IsKeyedService).ToList();
        foreach (var descriptor in deferred)
        {
            services.Remove(descriptor);
            services.AddSingleton<IHostedService>(provider => new AfterMigrationsHostedService(
                Create(descriptor, provider),
                provider.GetRequiredService<ReadinessState>(),
                provider.GetRequiredService<IHostApplicationLifetime>(),
                provider.GetRequiredService<ILogger<AfterMigrationsHostedService>>()));
        }

        services.AddSingleton<ReadinessState>();
        services.AddTransient<SyncStartupImport>();
        services.AddLocalOfferSettings<SyncSettings>(SyncSettings.SectionKey);
        services.AddSingleton<IValidateOptions<SyncSettings>, SyncSettingsValidator>();
        services.AddHostedService<DatabaseMigrationService>();
        services.AddHostedService<StartupHeapCompaction>();
        return services;
    }

    private static IHostedService Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IHostedService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
