using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Languages;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Redirects;
using Worcs.LocalOffer.Persistence.ChangeLog;
using Worcs.LocalOffer.Persistence.Conversion;
using Worcs.LocalOffer.Persistence.EntityConfigurations;

namespace Worcs.LocalOffer.Persistence.Context;

/// <summary>
/// The model shared by every provider. Each provider has its own subclass so that it keeps its own migrations
/// (EF's "migrations with multiple providers" recipe).
/// </summary>
internal abstract class LocalOfferDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Node> Nodes => Set<Node>();

    public DbSet<NodeVersion> NodeVersions => Set<NodeVersion>();

    public DbSet<ContentType> ContentTypes => Set<ContentType>();

    public DbSet<DataType> DataTypes => Set<DataType>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<RedirectUrl> RedirectUrls => Set<RedirectUrl>();

    public DbSet<Language> Languages => Set<Language>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DataTypeConfiguration());
        modelBuilder.ApplyConfiguration(new ContentTypeConfiguration());
        modelBuilder.ApplyConfiguration(new NodeConfiguration());
        modelBuilder.ApplyConfiguration(new NodeVersionConfiguration());
        modelBuilder.ApplyConfiguration(new ChangeLogEntryConfiguration());
        modelBuilder.ApplyConfiguration(new RedirectUrlConfiguration());
        modelBuilder.ApplyConfiguration(new LanguageConfiguration());
    }
}
