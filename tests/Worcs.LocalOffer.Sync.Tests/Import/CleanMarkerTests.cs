using System.Text;
using Worcs.LocalOffer.Sync.Import;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class CleanMarkerTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    private const string CleanFile = "Content/news-updates-and-feedback_clean.config";

    [SetUp]
    public async Task ImportThenDropOneArticleAndMarkItsParentClean()
    {
        await ImportAsync();
        File.Delete(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile));
        File.WriteAllText(
            Path.Combine(Root, CleanFile),
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Empty Key=\"{SeedKeys.NewsIndex}\" Alias=\"News, updates and feedback\" Change=\"Clean\" />",
            new UTF8Encoding(true));
    }

    [Test]
    public async Task Without_allow_data_loss_a_clean_marker_is_refused_and_nothing_is_written()
    {
        var report = await Importer.ReportAsync(Root, Options);
        var result = await Importer.ImportAsync(Root, Options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.HasDataLoss, Is.True);
            Assert.That(report.Pending.Single(change => change.Key == SeedKeys.NhsLongTermPlan).Kind, Is.EqualTo(SyncChangeKind.Delete));
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Applied, Is.Empty);
            Assert.That(
                result.Problems.Single(problem => problem.Severity == SyncSeverity.Error).ToString(),
                Does.Contain(CleanFile).And.Contain("'NHS Long Term Plan'").And.Contain("AllowDataLoss"));
            Assert.That(await Documents.GetAsync(SeedKeys.NhsLongTermPlan), Is.Not.Null);
        }
    }

    [Test]
    public async Task With_allow_data_loss_the_children_no_file_names_are_deleted_and_the_others_kept()
    {
        var before = await Documents.GetChildrenAsync(SeedKeys.NewsIndex);

        var result = await ImportAsync(Options with { AllowDataLoss = true });

        var after = await Documents.GetChildrenAsync(SeedKeys.NewsIndex);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Applied.Single().Key, Is.EqualTo(SeedKeys.NhsLongTermPlan));
            Assert.That(result.Applied.Single().DataLoss, Is.True);
            Assert.That(await Documents.GetAsync(SeedKeys.NhsLongTermPlan), Is.Null);
            Assert.That(after.Select(node => node.Key), Is.EquivalentTo(before.Select(node => node.Key).Where(key => key != SeedKeys.NhsLongTermPlan)));
            Assert.That((await Importer.ReportAsync(Root, Options)).Pending, Is.Empty);
        }
    }

    [Test]
    public async Task A_clean_marker_with_every_child_in_the_folder_changes_nothing()
    {
        File.WriteAllBytes(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile), File.ReadAllBytes(Path.Combine(RepositoryUSync, "v17", SeedKeys.NhsLongTermPlanFile)));

        var result = await ImportAsync();

        Assert.That(result.Applied, Is.Empty);
        Assert.That(result.Problems, Is.Empty);
    }
}
