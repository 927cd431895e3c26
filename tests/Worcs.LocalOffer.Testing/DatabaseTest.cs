using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Worcs.LocalOffer.Testing;

/// <summary>
/// A base for fixtures that run on every engine: each test gets its own migrated database and service provider.
/// Use with <c>[TestFixtureSource(typeof(Databases), nameof(Databases.All))]</c>.
/// </summary>
public abstract class DatabaseTest(DatabaseEngine engine)
{
    private TestDatabase? _database;
    private ServiceProvider? _services;

    protected DatabaseEngine Engine => engine;

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("The database is made in SetUp.");

    protected ServiceProvider Services => _services ?? throw new InvalidOperationException("The services are made in SetUp.");

    [SetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await TestDatabase.CreateAsync(engine);
        _services = TestServices.Create(_database.Settings, ConfigureServices);
    }

    [TearDown]
    public async Task DeleteDatabaseAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
            _services = null;
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }
    }

    /// <summary>Adds or replaces services for every test of the fixture.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
