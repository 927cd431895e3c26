using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Notifications;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests.Durability;

/// <summary>
/// The child process of the crash tests. Each transaction bumps the counter node's sort order, adds a child with a
/// large version and raises a notification, then prints "committed N". It writes until it is killed.
/// </summary>
internal static class CrashWriter
{
    public const string Command = "crash-writer";

    private static readonly string _payload = new('x', 64 * 1024);

    public static async Task RunAsync(DatabaseSettings settings, Guid counterKey)
    {
        await using var services = TestServices.Create(settings);
        var unitsOfWork = services.GetRequiredService<IUnitOfWorkFactory>();
        for (var i = 1; ; i++)
        {
            await using (var unitOfWork = await unitsOfWork.BeginAsync(CancellationToken.None))
            {
                var counter = await unitOfWork.Nodes.GetAsync(counterKey, CancellationToken.None)
                    ?? throw new InvalidOperationException("The counter node is missing.");
                counter.SortOrder = i;
                counter.Revision++;

                var contentType = await unitOfWork.ContentTypes.GetAsync(counter.ContentTypeKey, CancellationToken.None);
                var child = TestData.Node(contentType!, counter, $"Written {i}", sortOrder: i);
                var version = TestData.Version(child);
                version.Values["payload"] = _payload;
                unitOfWork.Nodes.Add(child);
                unitOfWork.Versions.Add(version);
                unitOfWork.Raise(new DocumentSavedNotification([child.Key]));
                await unitOfWork.CommitAsync(CancellationToken.None);
            }

            await Console.Out.WriteLineAsync($"committed {i}");
            await Console.Out.FlushAsync();
        }
    }
}
