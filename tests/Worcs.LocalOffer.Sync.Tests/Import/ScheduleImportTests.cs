using System.Globalization;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>Content <c>Schedule</c>s: future dates become the engine's scheduled publish and unpublish, past ones decide the state now.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class ScheduleImportTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    private static readonly DateTime Release = Whole(DateTime.UtcNow.AddDays(10));
    private static readonly DateTime Expire = Whole(DateTime.UtcNow.AddDays(20));

    [Test]
    public async Task Future_release_and_expire_dates_are_scheduled_and_exported_back_the_same_way()
    {
        Schedule(published: false, ("Release", Release), ("Expire", Expire));
        var original = File.ReadAllBytes(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile));

        await ImportAsync();
        var node = (await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!.Node;
        var export = await Exporter.ExportAsync(Root);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(node.IsPublished, Is.False);
            Assert.That(node.ScheduledPublishDate, Is.EqualTo(Release));
            Assert.That(node.ScheduledUnpublishDate, Is.EqualTo(Expire));
            Assert.That(export.Written, Is.Empty);
            Assert.That(File.ReadAllBytes(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile)), Is.EqualTo(original));
            Assert.That((await Importer.ReportAsync(Root, Options)).Pending, Is.Empty);
        }
    }

    [Test]
    public async Task A_future_release_keeps_a_published_file_unpublished_until_then()
    {
        Schedule(published: true, ("Release", Release));

        await ImportAsync();
        var node = (await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!.Node;

        Assert.That(node.IsPublished, Is.False);
        Assert.That(node.ScheduledPublishDate, Is.EqualTo(Release));
    }

    [Test]
    public async Task An_expiry_that_has_passed_unpublishes_and_is_not_scheduled()
    {
        await ImportAsync();
        Schedule(published: true, ("Expire", Whole(DateTime.UtcNow.AddDays(-1))));

        var result = await ImportAsync();
        var node = (await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!.Node;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Applied.Single().Details, Does.Contain("unpublish"));
            Assert.That(node.IsPublished, Is.False);
            Assert.That(node.ScheduledUnpublishDate, Is.Null);
        }
    }

    [Test]
    public async Task Two_future_release_dates_are_refused_naming_the_file()
    {
        Schedule(published: false, ("Release", Release), ("Release", Expire));

        var result = await Importer.ImportAsync(Root, Options);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).Select(problem => problem.ToString()),
            Has.One.Contains(SeedKeys.NhsLongTermPlanFile).And.Contains("more than one future Release date"));
        Assert.That(await Documents.GetAsync(SeedKeys.NhsLongTermPlan), Is.Null);
    }

    private void Schedule(bool published, params (string Action, DateTime Date)[] schedules)
    {
        var entries = schedules.OrderBy(entry => entry.Action, StringComparer.Ordinal).Select(entry =>
            "\n      <ContentSchedule>\n        <Culture></Culture>\n" +
            $"        <Action>{entry.Action}</Action>\n        <Date>{entry.Date.ToString("s", CultureInfo.InvariantCulture)}</Date>\n      </ContentSchedule>");
        Edit(SeedKeys.NhsLongTermPlanFile, text => text
            .Replace("<Published Default=\"true\" />", $"<Published Default=\"{(published ? "true" : "false")}\" />", StringComparison.Ordinal)
            .Replace("<Schedule />", $"<Schedule>{string.Concat(entries)}\n    </Schedule>", StringComparison.Ordinal));
    }

    private static DateTime Whole(DateTime value) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, DateTimeKind.Utc);
}
