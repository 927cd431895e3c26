using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Providers.PostgreSql;

internal static class PostgreSqlRegistration
{
    public static IServiceCollection AddPostgreSqlProvider(this IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<PostgreSqlLocalOfferDbContext>(options => options.UseNpgsql(connectionString));
        services.AddSingleton<ILocalOfferDbContextFactory, PooledDbContextFactory<PostgreSqlLocalOfferDbContext>>();
        services.AddSingleton<IDatabaseDialect>(new PostgreSqlDialect(connectionString));
        return services;
    }
}
