using System.Text;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>uSync's <c>Folders</c>: roots merged in order, a later root's file replacing the earlier root's at the same path.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class SeveralRootsTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    private string Overlay => Path.Combine(Scratch, "uSync", "Site");

    [SetUp]
    public void WriteOverlayRenamingOneArticle()
    {
        var file = Path.Combine(Overlay, SeedKeys.NhsLongTermPlanFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var text = File.ReadAllText(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile));
        File.WriteAllText(file, text.Replace("<NodeName Default=\"NHS Long Term Plan\" />", "<NodeName Default=\"NHS Long Term Plan 2019\" />", StringComparison.Ordinal), new UTF8Encoding(true));
    }

    [Test]
    public async Task A_later_root_wins_over_an_earlier_one()
    {
        var result = await Importer.ImportAsync([Root, Overlay], Options);

        Assert.That(result.Succeeded, Is.True, () => string.Join("\n", result.Problems));
        Assert.That((await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!.Draft.Name, Is.EqualTo("NHS Long Term Plan 2019"));
        Assert.That(await Documents.GetAsync(SeedKeys.NewsIndex), Is.Not.Null);
    }

    [Test]
    public async Task An_earlier_root_loses_to_a_later_one()
    {
        var result = await Importer.ImportAsync([Overlay, Root], Options);

        Assert.That(result.Succeeded, Is.True, () => string.Join("\n", result.Problems));
        Assert.That((await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!.Draft.Name, Is.EqualTo("NHS Long Term Plan"));
    }

    [Test]
    public async Task A_rename_marker_in_a_later_root_does_not_hide_the_earlier_file()
    {
        File.WriteAllText(
            Path.Combine(Overlay, SeedKeys.NhsLongTermPlanFile),
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Empty Key=\"{SeedKeys.NhsLongTermPlan}\" Alias=\"NHS Long Term Plan\" Change=\"Rename\" Level=\"3\" />",
            new UTF8Encoding(true));

        var result = await Importer.ImportAsync([Root, Overlay], Options);

        Assert.That(result.Succeeded, Is.True, () => string.Join("\n", result.Problems));
        Assert.That((await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!.Draft.Name, Is.EqualTo("NHS Long Term Plan"));
    }
}
