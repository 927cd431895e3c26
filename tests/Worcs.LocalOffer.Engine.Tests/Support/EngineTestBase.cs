using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Support;

/// <summary>
/// Runs each test against a fresh, migrated database of the fixture's engine (SQLite and PostgreSQL), with the
/// real engine and persistence, a controllable clock, and a log of delivered notifications.
/// </summary>
[Parallelizable(ParallelScope.Fixtures)]
public abstract class EngineTestBase(DatabaseEngine engine)
{
    private TestDatabase? _database;

    protected ServiceProvider Services { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; private set; } = null!;

    protected NotificationLog Notifications { get; private set; } = null!;

    protected DocumentService Documents => Services.GetRequiredService<DocumentService>();

    protected MediaService Media => Services.GetRequiredService<MediaService>();

    protected ContentTypeService ContentTypes => Services.GetRequiredService<ContentTypeService>();

    protected DataTypeService DataTypes => Services.GetRequiredService<DataTypeService>();

    protected TestSchema Schema { get; private set; } = null!;

    [SetUp]
    public async Task CreateDatabaseAndServices()
    {
        _database = await TestDatabase.CreateAsync(engine);
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        Notifications = new NotificationLog();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(Notifications)
            .AddSingleton(typeof(INotificationHandler<>), typeof(RecordingNotificationHandler<>))
            .AddSingleton<CommittedStateProbe>()
            .AddSingleton<INotificationHandler<DocumentPublishedNotification>>(provider => provider.GetRequiredService<CommittedStateProbe>());
        services.AddLocalOfferEngine();
        services.AddLocalOfferPersistence(_database.Settings);
        ConfigureServices(services);
        Services = services.BuildServiceProvider(validateScopes: true);
        Schema = await TestSchema.CreateAsync(DataTypes, ContentTypes);
        Notifications.Clear();
    }

    [TearDown]
    public async Task DisposeDatabase()
    {
        await Services.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Adds or replaces services; runs after the engine and storage are registered.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected static IReadOnlyDictionary<string, string?> Values(params (string Alias, string? Value)[] values) =>
        values.ToDictionary(pair => pair.Alias, pair => pair.Value);
}
