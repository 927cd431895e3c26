using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Providers.PostgreSql;

internal sealed class PostgreSqlLocalOfferDbContext(DbContextOptions<PostgreSqlLocalOfferDbContext> options) : LocalOfferDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Byte order, as in SQLite: tree order by path must not depend on the server's locale, which may ignore
        // punctuation, and a plain B-tree index then serves prefix range scans.
        modelBuilder.Entity<Node>().Property(node => node.Path).UseCollation("C");
    }
}
