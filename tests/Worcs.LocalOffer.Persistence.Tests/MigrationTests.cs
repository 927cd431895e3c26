using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class MigrationTests(DatabaseEngine engine)
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Migrating_a_fresh_database_creates_every_table_and_makes_it_ready(CancellationToken cancellationToken)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(engine);
        await using var services = TestServices.Create(database.Settings);
        var migrator = services.GetRequiredService<IDatabaseMigrator>();

        var pendingBefore = await migrator.GetPendingMigrationsAsync(cancellationToken);
        var readyBefore = await migrator.IsReadyAsync(cancellationToken);
        await migrator.MigrateAsync(cancellationToken);

        Assert.That(pendingBefore, Is.Not.Empty);
        Assert.That(readyBefore, Is.False);
        Assert.That(await migrator.IsReadyAsync(cancellationToken), Is.True);
        Assert.That(await migrator.GetPendingMigrationsAsync(cancellationToken), Is.Empty);
        await using var context = services.GetRequiredService<ILocalOfferDbContextFactory>().CreateDbContext();
        Assert.That(await context.Nodes.CountAsync(cancellationToken), Is.Zero);
        Assert.That(await context.NodeVersions.CountAsync(cancellationToken), Is.Zero);
        Assert.That(await context.ContentTypes.CountAsync(cancellationToken), Is.Zero);
        Assert.That(await context.DataTypes.CountAsync(cancellationToken), Is.Zero);
        Assert.That(await context.ChangeLog.CountAsync(cancellationToken), Is.Zero);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Processes_starting_together_migrate_once_and_both_succeed(CancellationToken cancellationToken)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(engine);
        await using var first = TestServices.Create(database.Settings);
        await using var second = TestServices.Create(database.Settings);

        await Task.WhenAll(
            Task.Run(() => first.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken), cancellationToken),
            Task.Run(() => second.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken), cancellationToken));
        await first.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken);

        Assert.That(await second.GetRequiredService<IDatabaseMigrator>().IsReadyAsync(cancellationToken), Is.True);
        await using var unitOfWork = await first.GetRequiredService<IUnitOfWorkFactory>().BeginAsync(cancellationToken);
        unitOfWork.ContentTypes.Add(TestData.ContentType());
        await unitOfWork.CommitAsync(cancellationToken);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Siblings_sharing_a_url_segment_from_before_the_unique_index_are_told_apart_by_the_migration(CancellationToken cancellationToken)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(engine);
        await using var services = TestServices.Create(database.Settings);
        var contexts = services.GetRequiredService<ILocalOfferDbContextFactory>();
        var type = TestData.ContentType();
        var parent = TestData.Node(type, name: "News");
        var first = TestData.Node(type, parent, "Same");
        var second = TestData.Node(type, parent, "Same", sortOrder: 1);
        var elsewhere = TestData.Node(type, name: "Same");
        await using (var context = contexts.CreateDbContext())
        {
            await context.GetService<IMigrator>().MigrateAsync("ChangeLogOrigin", cancellationToken: cancellationToken);
            // The type row is written in the columns of that migration: the current model has columns added since.
            await context.Database.ExecuteSqlAsync(
                $@"INSERT INTO ""ContentTypes"" (""Key"", ""Kind"", ""Alias"", ""Name"", ""AllowedAtRoot"", ""IsElement"", ""AllowedChildTypeKeys"", ""CompositionKeys"", ""Groups"", ""Properties"", ""CreateDate"", ""UpdateDate"", ""Revision"")
                   VALUES ({type.Key}, {type.Kind.ToString()}, {type.Alias}, {type.Name}, {true}, {false}, '[]', '[]', '[]', '[]', {type.CreateDate}, {type.UpdateDate}, {0})",
                cancellationToken);
            context.Nodes.AddRange(parent, first, second, elsewhere);
            await context.SaveChangesAsync(cancellationToken);
        }

        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(cancellationToken);

        await using var migrated = contexts.CreateDbContext();
        var segments = await migrated.Nodes.AsNoTracking().ToDictionaryAsync(node => node.Key, node => node.UrlSegment, cancellationToken);
        var siblings = new[] { first, second }.Select(node => (Kept: segments[node.Key] == "same", Renamed: segments[node.Key] == "same-" + node.Key.ToString("N")[..8])).ToList();
        Assert.That(siblings.Count(sibling => sibling.Kept), Is.EqualTo(1), "one sibling keeps the segment");
        Assert.That(siblings.Count(sibling => sibling.Renamed), Is.EqualTo(1), "the other gets its key's first eight characters");
        Assert.That(segments[elsewhere.Key], Is.EqualTo("same"), "a node under another parent keeps its segment");
    }

    [Test]
    public async Task Test_databases_are_ready()
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = TestServices.Create(database.Settings);

        Assert.That(await services.GetRequiredService<IDatabaseMigrator>().IsReadyAsync(CancellationToken.None), Is.True);
    }

    [Test]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = TestServices.Create(database.Settings);
        await using var context = services.GetRequiredService<ILocalOfferDbContextFactory>().CreateDbContext();

        Assert.That(context.Database.HasPendingModelChanges(), Is.False, "run dotnet ef migrations add for both providers");
    }

    [Test]
    public async Task An_unreachable_database_is_reported_not_ready()
    {
        var settings = engine == DatabaseEngine.Sqlite
            ? new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=/nonexistent-folder/never.db;Mode=ReadOnly")
            : new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Timeout=2");
        await using var services = TestServices.Create(settings);
        var migrator = services.GetRequiredService<IDatabaseMigrator>();

        Assert.That(await migrator.CanConnectAsync(CancellationToken.None), Is.False);
        Assert.That(await migrator.IsReadyAsync(CancellationToken.None), Is.False);
    }
}
