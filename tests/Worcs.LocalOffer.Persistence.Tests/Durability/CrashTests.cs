using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Persistence.Context;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Persistence.Tests.Durability;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class CrashTests(DatabaseEngine engine) : PersistenceTest(engine)
{
    private const int CommitsBeforeKill = 25;

    [Test]
    [CancelAfter(120_000)]
    public async Task Writer_killed_mid_write_leaves_every_committed_transaction_and_no_partial_one(CancellationToken cancellationToken)
    {
        var contentType = TestData.ContentType();
        var counter = TestData.Node(contentType, name: "Counter");
        await CommitAsync(unitOfWork =>
        {
            unitOfWork.ContentTypes.Add(contentType);
            unitOfWork.Nodes.Add(counter);
        });

        var reported = await RunWriterUntilKilledAsync(counter.Key, cancellationToken);

        var children = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetChildrenAsync(NodeKind.Document, counter.Key, None));
        var versions = await ReadAsync(unitOfWork => unitOfWork.Versions.GetAllForNodesAsync([.. children.Select(child => child.Key)], None));
        var storedCounter = await ReadAsync(unitOfWork => unitOfWork.Nodes.GetAsync(counter.Key, None));
        var changeLog = await ChangeLog.GetAfterAsync(0, 10_000, None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(children, Has.Count.GreaterThanOrEqualTo(reported), "every transaction reported as committed survives");
            Assert.That(storedCounter!.SortOrder, Is.EqualTo(children.Count), "the counter update and the insert commit together");
            Assert.That(versions, Has.Count.EqualTo(children.Count));
            Assert.That(changeLog, Has.Count.EqualTo(children.Count));
            Assert.That(children.Select(child => child.SortOrder), Is.EqualTo(Enumerable.Range(1, children.Count)));
        }

        if (Engine == DatabaseEngine.Sqlite)
        {
            Assert.That(await IntegrityCheckAsync(), Is.EqualTo("ok"));
        }

        await CommitAsync(unitOfWork => unitOfWork.Nodes.Add(TestData.Node(contentType, name: "After the crash")));
    }

    /// <summary>Starts the writer, lets it commit a while, kills it at a random moment, and returns the last commit it reported.</summary>
    private async Task<int> RunWriterUntilKilledAsync(Guid counterKey, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { typeof(CrashWriter).Assembly.Location, CrashWriter.Command, Database.Settings.Provider.ToString(), Database.Settings.ConnectionString, counterKey.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var reported = 0;
        try
        {
            while (reported < CommitsBeforeKill && await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                reported = int.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }

            Assert.That(reported, Is.EqualTo(CommitsBeforeKill), () => $"The writer stopped early: {errors.Result}");
            await Task.Delay(Random.Shared.Next(1, 40), cancellationToken);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        // Lines printed between the last read and the kill are commits too.
        while (await process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } line)
        {
            reported = int.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }

        return reported;
    }

    private async Task<string> IntegrityCheckAsync()
    {
        await using var context = Services.GetRequiredService<ILocalOfferDbContextFactory>().CreateDbContext();
        return (await context.Database.SqlQuery<string>($"SELECT integrity_check AS \"Value\" FROM pragma_integrity_check").ToListAsync()).Single();
    }
}
