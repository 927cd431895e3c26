using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.ChangeLog;
using Worcs.LocalOffer.Persistence.Providers.PostgreSql;
using Worcs.LocalOffer.Persistence.Providers.Sqlite;
using Worcs.LocalOffer.Persistence.Schema;
using Worcs.LocalOffer.Persistence.Storage;

namespace Worcs.LocalOffer.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine's storage (<see cref="IUnitOfWorkFactory"/>), <see cref="IDatabaseMigrator"/> and
    /// <see cref="IChangeLogReader"/> on the configured provider, and the <see cref="ChangeLogRelay"/> that delivers other
    /// processes' changes to this one. Needs the engine's registrations for notifications.
    /// </summary>
    public static IServiceCollection AddLocalOfferPersistence(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.ConnectionString);

        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddSqliteProvider(settings.ConnectionString);
                break;
            case DatabaseProvider.PostgreSql:
                services.AddPostgreSqlProvider(settings.ConnectionString);
                break;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton<IUnitOfWorkFactory, UnitOfWorkFactory>();
        services.AddSingleton<IDatabaseMigrator, DatabaseMigrator>();
        services.AddSingleton<IChangeLogReader, ChangeLogReader>();
        services.TryAddSingleton<ChangeLogOrigin>();
        services.TryAddSingleton<ChangeLogRelay>();
        services.AddLocalOfferSettings<ChangeLogRelaySettings>(ChangeLogRelaySettings.SectionKey);
        services.AddHostedService<ChangeLogRelayService>();
        return services;
    }
}
