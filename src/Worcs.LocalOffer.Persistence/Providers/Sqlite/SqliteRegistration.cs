using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite;

internal static class SqliteRegistration
{
    public static IServiceCollection AddSqliteProvider(this IServiceCollection services, string connectionString)
    {
        var pragmas = new SqlitePragmas();
        services.AddPooledDbContextFactory<SqliteLocalOfferDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(pragmas));
        services.AddSingleton<ILocalOfferDbContextFactory, PooledDbContextFactory<SqliteLocalOfferDbContext>>();
        services.AddSingleton<IDatabaseDialect>(new SqliteDialect(connectionString));
        return services;
    }
}
