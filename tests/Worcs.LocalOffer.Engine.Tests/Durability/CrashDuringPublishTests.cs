using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.CrashWorker;
using Worcs.LocalOffer.Engine.Documents;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Durability;

/// <summary>
/// Kills a real process in the middle of publishing and of moving a 40-document branch, again and again, and
/// checks after each kill that the database holds whole changes only and lost nothing reported as committed.
/// </summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
[Parallelizable(ParallelScope.Fixtures)]
public sealed class CrashDuringPublishTests(DatabaseEngine engine)
{
    private const int Rounds = 6;

    [Test]
    public async Task Killing_the_process_mid_write_leaves_old_or_new_state_never_a_mixture()
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var random = new Random(20261124);
        for (var round = 1; round <= Rounds; round++)
        {
            int lastReported;
            using (var worker = CrashWorkerProcess.Start(database.Settings))
            {
                await worker.WaitUntilWorkingAsync(TimeSpan.FromSeconds(90));
                await Task.Delay(random.Next(50, 600));
                await worker.KillAsync();
                lastReported = worker.LastPublished;
            }

            await AssertWholeStateAsync(database.Settings, lastReported, round);
        }
    }

    private static async Task AssertWholeStateAsync(DatabaseSettings settings, int lastReported, int round)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalOfferEngine();
        services.AddLocalOfferPersistence(settings);
        await using var provider = services.BuildServiceProvider();
        var documents = provider.GetRequiredService<DocumentService>();
        var roots = await documents.GetChildrenAsync(null);
        var stamped = await documents.GetAsync(roots.Single(root => root.Name.StartsWith(CrashWorkload.StampedName, StringComparison.Ordinal)).Key);
        var stamps = CrashWorkload.StampedProperties.Select(alias => stamped!.Published!.GetValue(alias)).Distinct().ToList();
        var branchRoot = roots.SingleOrDefault(root => root.Name == CrashWorkload.BranchName) ?? (await documents.GetRecycleBinAsync()).Single();
        await using var unitOfWork = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync(CancellationToken.None);
        var branch = await unitOfWork.Nodes.GetDescendantsAsync(branchRoot.Path, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stamps, Has.Count.EqualTo(1), $"round {round}: the published version mixes values from different saves");
            var stamp = int.Parse(stamps[0]!, CultureInfo.InvariantCulture);
            Assert.That(stamp, Is.GreaterThanOrEqualTo(lastReported), $"round {round}: a publish reported as committed was lost");
            Assert.That(stamped!.Published!.Name, Is.EqualTo($"{CrashWorkload.StampedName} {stamp}"));
            Assert.That(stamped.Node.Name, Is.EqualTo(stamped.Draft.Name));
            Assert.That(stamped.Node.DraftVersionId, Is.EqualTo(stamped.Draft.Id));
            Assert.That(branch, Has.Count.EqualTo(CrashWorkload.BranchSize), $"round {round}: the branch lost documents");
            Assert.That(branch.Select(node => node.Trashed), Is.All.EqualTo(branchRoot.Trashed), $"round {round}: part of the branch is in the recycle bin");
            Assert.That(branch.Select(node => node.Path), Is.All.StartsWith(branchRoot.Path + ","), $"round {round}: paths were half rewritten");
            Assert.That(branchRoot.Path, Does.StartWith(branchRoot.Trashed ? TreePath.RecycleBin + "," : TreePath.Root + ","));
        }
    }
}
