using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.CrashWorker;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Persistence;

// Publishes and trashes/restores a branch in a tight loop until it is killed. A durability test kills it at
// random moments and checks that the database holds only whole, committed changes.
if (args.Length != 2 || !Enum.TryParse<DatabaseProvider>(args[0], out var provider))
{
    Console.Error.WriteLine("usage: Worcs.LocalOffer.CrashWorker <Sqlite|PostgreSql> <connection string>");
    return 2;
}

var services = new ServiceCollection().AddLogging();
services.AddLocalOfferEngine();
services.AddLocalOfferPersistence(new DatabaseSettings(provider, args[1]));
await using var provided = services.BuildServiceProvider();
await provided.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
var workload = await CrashWorkload.PrepareAsync(provided, CancellationToken.None);
Console.WriteLine("ready");
await workload.RunForeverAsync(line => Console.WriteLine(line), CancellationToken.None);
return 0;
