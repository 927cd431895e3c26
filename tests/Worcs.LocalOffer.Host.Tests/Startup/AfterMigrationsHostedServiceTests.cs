using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Worcs.LocalOffer.Host.Startup;

namespace Worcs.LocalOffer.Host.Tests.Startup;

[TestFixture]
public sealed class AfterMigrationsHostedServiceTests
{
    private static readonly TimeSpan _giveUpAfter = TimeSpan.FromSeconds(30);

    private RecordingHostedService _inner = null!;
    private ReadinessState _readiness = null!;

    [SetUp]
    public void CreateState()
    {
        _inner = new RecordingHostedService();
        _readiness = new ReadinessState();
    }

    [Test]
    public async Task Inner_service_starts_only_after_migrations_are_applied()
    {
        using var service = Create();

        await service.StartAsync(CancellationToken.None);
        var startedBeforeMigrations = _inner.Started;
        _readiness.MarkMigrationsApplied();
        await WaitUntil(() => _inner.Started);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(startedBeforeMigrations, Is.False);
            Assert.That(_inner.Started, Is.True);
        }
    }

    [Test]
    public async Task Stopping_before_migrations_are_applied_neither_starts_nor_stops_the_inner_service()
    {
        using var service = Create();

        await service.StartAsync(CancellationToken.None);
        await service.StopAsync(CancellationToken.None);
        _readiness.MarkMigrationsApplied();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_inner.Started, Is.False);
            Assert.That(_inner.Stopped, Is.False);
        }
    }

    [Test]
    public async Task Stopping_after_start_stops_the_inner_service()
    {
        using var service = Create();
        _readiness.MarkMigrationsApplied();

        await service.StartAsync(CancellationToken.None);
        await WaitUntil(() => _inner.Started);
        await service.StopAsync(CancellationToken.None);

        Assert.That(_inner.Stopped, Is.True);
    }

    private AfterMigrationsHostedService Create() =>
        new(_inner, _readiness, new ApplicationLifetime(), NullLogger<AfterMigrationsHostedService>.Instance);

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var giveUp = new CancellationTokenSource(_giveUpAfter);
        while (!condition() && !giveUp.IsCancellationRequested)
        {
            await Task.Delay(5);
        }
    }

    private sealed class ApplicationLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
