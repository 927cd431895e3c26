using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.ChangeLog;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests;

/// <summary>Storage on a fresh database, with notifications recorded instead of delivered and a fake clock.</summary>
public abstract class PersistenceTest(DatabaseEngine engine) : DatabaseTest(engine)
{
    protected static CancellationToken None => CancellationToken.None;

    protected RecordingNotificationPublisher Notifications { get; private set; } = new();

    protected FakeTimeProvider Clock { get; private set; } = new(TestData.Now);

    protected IUnitOfWorkFactory UnitsOfWork => Services.GetRequiredService<IUnitOfWorkFactory>();

    protected IChangeLogReader ChangeLog => Services.GetRequiredService<IChangeLogReader>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        Notifications = new RecordingNotificationPublisher();
        Clock = new FakeTimeProvider(TestData.Now);
        services.Replace(ServiceDescriptor.Singleton<INotificationPublisher>(Notifications));
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
    }

    /// <summary>Runs <paramref name="change"/> in a unit of work and commits it.</summary>
    protected async Task CommitAsync(Func<IUnitOfWork, Task> change)
    {
        await using var unitOfWork = await UnitsOfWork.BeginAsync(None);
        await change(unitOfWork);
        await unitOfWork.CommitAsync(None);
    }

    protected Task CommitAsync(Action<IUnitOfWork> change) =>
        CommitAsync(unitOfWork =>
        {
            change(unitOfWork);
            return Task.CompletedTask;
        });

    /// <summary>Reads in a unit of work of its own, which is disposed without committing.</summary>
    protected async Task<T> ReadAsync<T>(Func<IUnitOfWork, Task<T>> read)
    {
        await using var unitOfWork = await UnitsOfWork.BeginAsync(None);
        return await read(unitOfWork);
    }

    /// <summary>Stores a document type and a root node with its draft version.</summary>
    protected async Task<(ContentType ContentType, Node Node)> SeedNodeAsync()
    {
        var contentType = TestData.ContentType();
        var node = TestData.Node(contentType);
        await CommitAsync(unitOfWork =>
        {
            unitOfWork.ContentTypes.Add(contentType);
            unitOfWork.Nodes.Add(node);
            unitOfWork.Versions.Add(TestData.Version(node));
        });
        return (contentType, node);
    }

    /// <summary>Raw SQL for checks the repositories cannot make, such as what a column holds.</summary>
    protected async Task<List<T>> QueryAsync<T>(FormattableString sql)
    {
        await using var context = Services.GetRequiredService<ILocalOfferDbContextFactory>().CreateDbContext();
        return await context.Database.SqlQuery<T>(sql).ToListAsync();
    }
}
