using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Worcs.LocalOffer.Persistence.Providers.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model; no server is contacted to add migrations.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlLocalOfferDbContext>
{
    public PostgreSqlLocalOfferDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlLocalOfferDbContext>().UseNpgsql("Host=localhost;Database=localoffer_design_time").Options);
}
