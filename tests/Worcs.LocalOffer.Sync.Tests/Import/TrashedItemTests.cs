using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

/// <summary>Items exported from Umbraco's recycle bin: <c>Trashed</c> true with the key they are restored to, level + 100.</summary>
[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class TrashedItemTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    [Test]
    public async Task A_trashed_item_is_imported_into_the_recycle_bin_remembering_its_parent_and_exported_back_unchanged()
    {
        TrashInFile();
        var original = File.ReadAllBytes(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile));

        await ImportAsync();
        var stored = (await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!;
        var export = await Exporter.ExportAsync(Root);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.Node.Trashed, Is.True);
            Assert.That(stored.Node.IsPublished, Is.False);
            Assert.That(stored.Node.TrashedFromParentKey, Is.EqualTo(SeedKeys.NewsIndex));
            Assert.That((await Documents.GetRecycleBinAsync()).Select(node => node.Key), Is.EqualTo(new[] { SeedKeys.NhsLongTermPlan }));
            Assert.That(stored.Draft.Name, Is.EqualTo("NHS Long Term Plan"));
            Assert.That(export.Written, Is.Empty);
            Assert.That(File.ReadAllBytes(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile)), Is.EqualTo(original));
            Assert.That((await Importer.ReportAsync(Root, Options)).Pending, Is.Empty);
        }
    }

    [Test]
    public async Task A_live_item_whose_file_is_trashed_moves_to_the_bin_and_comes_back_when_the_file_is_restored()
    {
        await ImportAsync();
        var live = File.ReadAllText(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile));
        TrashInFile();

        await ImportAsync();
        var trashed = (await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!.Node;
        File.WriteAllText(Path.Combine(Root, SeedKeys.NhsLongTermPlanFile), live, new System.Text.UTF8Encoding(true));
        var restore = await ImportAsync();
        var restored = (await Documents.GetAsync(SeedKeys.NhsLongTermPlan))!.Node;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(trashed.Trashed, Is.True);
            Assert.That(trashed.IsPublished, Is.False);
            Assert.That(trashed.TrashedFromParentKey, Is.EqualTo(SeedKeys.NewsIndex));
            Assert.That(restore.Applied.Single().Details, Does.Contain("restore from the recycle bin"));
            Assert.That(restored.Trashed, Is.False);
            Assert.That(restored.ParentKey, Is.EqualTo(SeedKeys.NewsIndex));
            Assert.That(restored.IsPublished, Is.True);
        }
    }

    /// <summary>What uSync writes for an item at the top of the bin: no parent, the restore key on <c>Trashed</c>, level 1 + 100, unpublished.</summary>
    private void TrashInFile() =>
        Edit(SeedKeys.NhsLongTermPlanFile, text => text
            .Replace("<Published Default=\"true\" />", "<Published Default=\"false\" />", StringComparison.Ordinal)
            .Replace("Level=\"3\"", "Level=\"101\"", StringComparison.Ordinal)
            .Replace($"<Parent Key=\"{SeedKeys.NewsIndex}\">News, updates and feedback</Parent>", "<Parent Key=\"00000000-0000-0000-0000-000000000000\"></Parent>", StringComparison.Ordinal)
            .Replace("<Trashed>false</Trashed>", $"<Trashed Parent=\"{SeedKeys.NewsIndex}\">true</Trashed>", StringComparison.Ordinal));
}
