using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Media;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class CrossingMoveTests(DatabaseEngine engine) : EngineTestBase(engine)
{
    [Test]
    public async Task Two_moves_that_would_make_a_cycle_cannot_both_commit()
    {
        var first = (await Media.CreateAsync(new NodeCreateRequest("Folder", "First", null))).Value!;
        var second = (await Media.CreateAsync(new NodeCreateRequest("Folder", "Second", null))).Value!;
        var unitsOfWork = Services.GetRequiredService<IUnitOfWorkFactory>();
        var mover = Services.GetRequiredService<TreeMover>();

        // Both moves read the tree before either commits, so each one's own check passes.
        await using var firstUnderSecond = await unitsOfWork.BeginAsync(CancellationToken.None);
        await using var secondUnderFirst = await unitsOfWork.BeginAsync(CancellationToken.None);
        var one = await mover.MoveAsync(firstUnderSecond, NodeKind.Media, first.Key, second.Key, null, CancellationToken.None);
        var other = await mover.MoveAsync(secondUnderFirst, NodeKind.Media, second.Key, first.Key, null, CancellationToken.None);
        await firstUnderSecond.CommitAsync(CancellationToken.None);

        Assert.That(one.Succeeded && other.Succeeded, Is.True);
        Assert.That(async () => await secondUnderFirst.CommitAsync(CancellationToken.None), Throws.InstanceOf<ConcurrencyConflictException>());
        var reloaded = await Media.GetAsync(second.Key);
        Assert.That(reloaded!.Node.ParentKey, Is.Null);
        Assert.That((await Media.GetAsync(first.Key))!.Node.ParentKey, Is.EqualTo(second.Key));
    }
}
