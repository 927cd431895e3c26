using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model; the file is never opened to add migrations.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLocalOfferDbContext>
{
    public SqliteLocalOfferDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLocalOfferDbContext>().UseSqlite("Data Source=design-time.sqlite.db").Options);
}
