using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Sync;

namespace Worcs.LocalOffer.Benchmarks;

/// <summary>The engine, storage and sync, composed as the host composes them, on a migrated database.</summary>
internal static class BenchmarkServices
{
    public static async Task<ServiceProvider> OpenAsync(DatabaseSettings settings)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalOfferEngine();
        services.AddLocalOfferPersistence(settings);
        services.AddLocalOfferSync();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return provider;
    }

    /// <summary>A SQLite file in a new temporary folder.</summary>
    public static DatabaseSettings NewSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("localoffer-bench-");
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "bench.sqlite.db")}");
    }
}
