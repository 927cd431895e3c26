using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Redirects;

/// <summary>
/// A 404 reads the database only for a route that may have been redirected, and a rename committed by another server
/// sharing the database still redirects here once the change log relays it.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class RedirectReadsTests() : RedirectHostTest(configureServices: CountUnitsOfWork)
{
    private const string News = "news-updates-and-feedback";

    private CountingUnitsOfWork Counter => (CountingUnitsOfWork)Host.Get<IUnitOfWorkFactory>();

    [Test]
    public async Task A_route_never_redirected_is_404_without_reading_the_database_and_a_redirected_one_reads_it()
    {
        var key = await PageAsync.CreateAsync(Documents, "Holiday clubs", Seed.NewsIndex);
        await PageAsync.RenameAsync(Documents, key, "Holiday activities");

        var (never, neverReads) = await CountedAsync($"content/item/{News}/never-a-page-here");
        var (old, oldReads) = await CountedAsync($"content/item/{News}/holiday-clubs");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(never.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(neverReads, Is.Zero, "a route no page ever had reads nothing");
            Assert.That(old.Status, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(oldReads, Is.EqualTo(1), "a redirected route reads its redirect");
        }
    }

    [Test]
    public async Task A_rename_committed_by_another_server_redirects_here()
    {
        var key = await PageAsync.CreateAsync(Documents, "Youth forum", Seed.NewsIndex);
        await using (var otherServer = TestServices.Create(Host.Get<DatabaseSettings>()))
        {
            await PageAsync.RenameAsync(otherServer.GetRequiredService<DocumentService>(), key, "Youth council");
        }

        var old = await UntilAsync($"content/item/{News}/youth-forum", response => response.Status != HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(old.Status, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(old.Header("Location"), Is.EqualTo($"/{News}/youth-council/"));
        }
    }

    private static void CountUnitsOfWork(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        var storage = services.Last(descriptor => descriptor.ServiceType == typeof(IUnitOfWorkFactory));
        services.Remove(storage);
        services.AddSingleton<IUnitOfWorkFactory>(provider => new CountingUnitsOfWork(
            (IUnitOfWorkFactory)ActivatorUtilities.CreateInstance(provider, storage.ImplementationType!),
            provider.GetRequiredService<IHttpContextAccessor>()));
    }

    private async Task<(ApiResponse Response, int Reads)> CountedAsync(string path)
    {
        Counter.Watch("/" + path.Split('/')[^1]);
        var response = await Client.GetApiAsync(path);
        return (response, Counter.Stop());
    }

    private async Task<ApiResponse> UntilAsync(string path, Func<ApiResponse, bool> done)
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var response = await Client.GetApiAsync(path);
            if (done(response) || giveUp.IsCancellationRequested)
            {
                return response;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Counts the units of work begun while serving a request whose path ends with the watched suffix.</summary>
    private sealed class CountingUnitsOfWork(IUnitOfWorkFactory inner, IHttpContextAccessor http) : IUnitOfWorkFactory
    {
        private string? _suffix;
        private int _count;

        public void Watch(string suffix)
        {
            Interlocked.Exchange(ref _count, 0);
            Volatile.Write(ref _suffix, suffix);
        }

        public int Stop()
        {
            Volatile.Write(ref _suffix, null);
            return Volatile.Read(ref _count);
        }

        public Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _suffix) is { } suffix && http.HttpContext?.Request.Path.Value?.EndsWith(suffix, StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref _count);
            }

            return inner.BeginAsync(cancellationToken);
        }

        public Task<T> RunAtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> commitWhen, CancellationToken cancellationToken) =>
            inner.RunAtomicallyAsync(work, commitWhen, cancellationToken);
    }
}
