using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Worcs.LocalOffer.Persistence;

namespace Worcs.LocalOffer.Testing;

internal static class TemplateMigration
{
    /// <summary>Migrates a template database with the real migrator, as the host does at start-up.</summary>
    public static async Task MigrateAsync(DatabaseSettings settings)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddLocalOfferPersistence(settings);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }
}
