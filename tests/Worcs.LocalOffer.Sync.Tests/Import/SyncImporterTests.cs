using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Sync.Import;
using Worcs.LocalOffer.Sync.Mapping;
using Worcs.LocalOffer.Sync.Models;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Sync.Tests.Import;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed class SyncImporterTests(DatabaseEngine engine) : SyncDatabaseTest(engine)
{
    private static readonly Guid CapitalFund = Guid.Parse("af879d3a-6cfb-5ac0-b038-f41b755107a1");
    private static readonly Guid CapitalFundPlanType = Guid.Parse("a07d7b53-08e0-5776-a750-ea72ae4efb92");

    [Test]
    public async Task Importing_the_repository_folder_creates_everything_and_publishes_the_documents()
    {
        var result = await ImportAsync();

        Assert.That(result.Applied.Count(change => change.ItemType == SyncItemType.Language), Is.EqualTo(FilesIn("Languages")));
        Assert.That(result.Applied.Count(change => change.ItemType == SyncItemType.DataType), Is.EqualTo(FilesIn("DataTypes")));
        Assert.That(result.Applied.Count(change => change.ItemType is SyncItemType.ContentType or SyncItemType.MediaType), Is.EqualTo(FilesIn("ContentTypes", "MediaTypes")));
        var folder = (await ContentTypes.GetAllAsync()).Single(type => type.Alias == "Folder");
        Assert.That(folder.ListView, Is.EqualTo(Guid.Parse("3a0156c4-3b8c-4803-bdc1-6871faa83fff")));
        Assert.That((await Languages.GetAllAsync()).Select(language => (language.IsoCode, language.IsDefault)), Is.EqualTo(new[] { ("en-GB", true) }));
        var documents = await AllAsync(NodeKind.Document);
        var media = await AllAsync(NodeKind.Media);
        Assert.That(documents, Has.Count.EqualTo(FilesIn("Content")));
        Assert.That(documents, Has.All.Matches<Node>(node => node.IsPublished && !node.HasUnpublishedChanges));
        Assert.That(media, Has.Count.EqualTo(FilesIn("Media")));
        Assert.That(result.CopiedMediaFiles, Has.Count.EqualTo(5));
        Assert.That(File.Exists(Path.Combine(MediaRoot, "gieungwj", "special-provision-capital-fund-plan.pdf")), Is.True);
    }

    [Test]
    public async Task Imported_values_are_the_files_values()
    {
        await ImportAsync();

        var fund = await Documents.GetAsync(CapitalFund);
        var file = (SyncContent)new SyncFileReader().Read(File.ReadAllBytes(Path.Combine(Root, "Content", "special-provision-capital-fund.config")), "fund").File!.Item;
        var allocations = JsonNode.Parse(fund!.Published!.GetValue("allocations")!)!["contentData"]!.AsArray();
        Assert.That(allocations.Select(block => (int)block!["values"]![2]!["value"]!), Is.EqualTo(new[] { 1085665, 252480, 504960 }));
        Assert.That(fund.Node.CreateDate, Is.EqualTo(new DateTime(2019, 5, 1, 9, 0, 0)));
        Assert.That(fund.Node.SortOrder, Is.EqualTo(5));
        Assert.That(fund.Draft.GetValue("fundingFromYear"), Is.EqualTo("2018"));
        Assert.That(ContentMapper.SameValue(fund.Draft.GetValue("allocations"), ContentMapper.Values(file)["allocations"]), Is.True);
    }

    [Test]
    public async Task Importing_an_unchanged_folder_again_changes_nothing()
    {
        await ImportAsync();

        var report = await Importer.ReportAsync(Root, Options);
        var again = await ImportAsync();

        Assert.That(report.Pending.Select(change => $"{change.File}: {string.Join("; ", change.Details)}"), Is.Empty);
        Assert.That(again.Applied, Is.Empty);
        Assert.That(again.CopiedMediaFiles, Is.Empty);
    }

    [Test]
    public async Task A_schema_only_import_leaves_editors_content_alone()
    {
        await ImportAsync();
        var fund = (await Documents.GetAsync(CapitalFund))!;
        var edited = new Dictionary<string, string?>(fund.Draft.Values) { ["fundingFromYear"] = "2019" };
        Assert.That((await Documents.SaveAsync(new NodeUpdateRequest(CapitalFund, fund.Draft.Name, edited), publish: true)).Succeeded, Is.True);

        var report = await Importer.ReportAsync(Root, Options with { SchemaOnly = true });
        var result = await Importer.ImportAsync(Root, Options with { SchemaOnly = true });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Pending, Is.Empty);
            Assert.That(result.Applied, Is.Empty);
            Assert.That((await Documents.GetAsync(CapitalFund))!.Published!.GetValue("fundingFromYear"), Is.EqualTo("2019"));
        }
    }

    [Test]
    public async Task A_schema_only_import_does_not_read_document_or_media_files()
    {
        await ImportAsync();
        Edit("Content/nhs-long-term-plan.config", text => text.Replace("</Content>", "</Contnet>", StringComparison.Ordinal));

        var result = await Importer.ImportAsync(Root, Options with { SchemaOnly = true });

        Assert.That(result.Succeeded, Is.True, () => string.Join("\n", result.Problems));
        Assert.That(result.Problems.Select(problem => problem.File), Has.None.Contains("Content/"));
    }

    [Test]
    public async Task A_malformed_file_refuses_the_whole_import_and_names_the_file()
    {
        Edit("Content/nhs-long-term-plan.config", text => text.Replace("</Content>", "</Contnet>", StringComparison.Ordinal));

        var result = await Importer.ImportAsync(Root, Options);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).Select(problem => problem.File), Has.Some.EndsWith("Content/nhs-long-term-plan.config"));
        Assert.That(result.Applied, Is.Empty);
        Assert.That(await DataTypes.GetAllAsync(), Is.Empty);
        Assert.That(Directory.Exists(MediaRoot), Is.False);
    }

    [Test]
    public async Task An_item_the_engine_refuses_late_in_the_import_leaves_nothing_applied()
    {
        // Well-formed XML, so the plan is made; only the engine's date editor refuses the value, after the schema,
        // the media and the earlier documents have been written in the same transaction.
        Edit("Content/nhs-long-term-plan.config", text => text.Replace("2019-01-01T00:00:00\\u002B00:00", "the first of January", StringComparison.Ordinal));

        var result = await Importer.ImportAsync(Root, Options);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Problems.Where(problem => problem.Severity == SyncSeverity.Error).Select(problem => problem.File), Has.Some.EndsWith("Content/nhs-long-term-plan.config"));
        Assert.That(result.Applied, Is.Empty);
        Assert.That(await DataTypes.GetAllAsync(), Is.Empty);
        Assert.That(await ContentTypes.GetAllAsync(), Is.Empty);
        Assert.That(await AllAsync(NodeKind.Document), Is.Empty);
        Assert.That(await AllAsync(NodeKind.Media), Is.Empty);
        Assert.That(Directory.Exists(MediaRoot), Is.False);

        Edit("Content/nhs-long-term-plan.config", text => text.Replace("the first of January", "2019-01-01T00:00:00\\u002B00:00", StringComparison.Ordinal));
        await ImportAsync();
        Assert.That(await AllAsync(NodeKind.Document), Has.Count.EqualTo(13));
    }

    [Test]
    public async Task Removing_a_property_is_refused_as_data_loss_unless_allowed()
    {
        await ImportAsync();
        Edit("ContentTypes/capitalfundplan.config", RemoveProperty("spreadsheetDownload"));

        var refused = await Importer.ImportAsync(Root, Options);

        Assert.That(refused.Succeeded, Is.False);
        Assert.That(refused.Report.Changes.Where(change => change.DataLoss).Select(change => change.Key), Is.EqualTo(new[] { CapitalFundPlanType }));
        Assert.That(refused.Problems.Select(problem => problem.File), Has.Some.EndsWith("ContentTypes/capitalfundplan.config"));
        Assert.That((await ContentTypes.GetAsync(CapitalFundPlanType))!.Properties.Select(property => property.Alias), Does.Contain("spreadsheetDownload"));
        Assert.That((await Documents.GetAsync(CapitalFund))!.Draft.GetValue("spreadsheetDownload"), Is.Not.Null);

        var allowed = await ImportAsync(Options with { AllowDataLoss = true });

        Assert.That(allowed.Applied.Single().DataLoss, Is.True);
        Assert.That((await ContentTypes.GetAsync(CapitalFundPlanType))!.Properties.Select(property => property.Alias), Does.Not.Contain("spreadsheetDownload"));
    }

    [Test]
    public async Task A_changed_sort_order_is_reported_and_applied_as_the_files_number()
    {
        await ImportAsync();
        Edit("Content/nhs-long-term-plan.config", text => text.Replace("<SortOrder>7</SortOrder>", "<SortOrder>12</SortOrder>", StringComparison.Ordinal));
        var key = Guid.Parse("77b3f06d-9997-5eee-ab43-2b4da5822b93");

        var report = await Importer.ReportAsync(Root, Options);
        await ImportAsync();

        Assert.That(report.Pending.Select(change => (change.Key, string.Join("; ", change.Details))), Is.EqualTo(new[] { (key, "sortOrder: 7 → 12") }));
        Assert.That((await Documents.GetAsync(key))!.Node.SortOrder, Is.EqualTo(12));
        Assert.That((await Importer.ReportAsync(Root, Options)).HasChanges, Is.False);
    }

    [Test]
    public async Task A_delete_marker_deletes_the_item_with_its_key()
    {
        await ImportAsync();
        var path = Path.Combine(Root, "Content", "nhs-long-term-plan.config");
        var key = new SyncFileReader().Read(File.ReadAllBytes(path), path).File!.Item.Key;
        File.WriteAllText(path, $"""<?xml version="1.0" encoding="utf-8"?>{"\n"}<Empty Key="{key}" Alias="NHS Long Term Plan" Change="Delete" Level="3" />""", new System.Text.UTF8Encoding(true));

        var report = await Importer.ReportAsync(Root, Options);
        await ImportAsync();

        Assert.That(report.Pending.Select(change => (change.Kind, change.Key)), Is.EqualTo(new[] { (SyncChangeKind.Delete, key) }));
        Assert.That(await Documents.GetAsync(key), Is.Null);
        Assert.That((await Importer.ReportAsync(Root, Options)).HasChanges, Is.False);
    }

    [Test]
    public async Task The_report_lists_every_file_as_a_change_and_serialises_to_json()
    {
        var report = await Importer.ReportAsync(Root, Options);

        Assert.That(report.Changes, Has.Count.EqualTo(ItemFiles));
        Assert.That(report.Changes, Has.All.Property(nameof(SyncItemChange.Kind)).EqualTo(SyncChangeKind.Create));
        Assert.That(await DataTypes.GetAllAsync(), Is.Empty);
        var json = JsonNode.Parse(report.ToJson())!;
        Assert.That((string?)json["changes"]![0]!["kind"], Is.EqualTo("Create"));
        Assert.That((string?)json["changes"]![0]!["itemType"], Is.EqualTo("Language"));
        Assert.That((string?)json["changes"]![1]!["itemType"], Is.EqualTo("DataType"));
    }

    [Test]
    public async Task A_changed_list_view_or_variation_is_reported()
    {
        await ImportAsync();
        Edit("MediaTypes/folder.config", text => text.Replace("<ListView>3a0156c4-3b8c-4803-bdc1-6871faa83fff</ListView>", "<ListView>00000000-0000-0000-0000-000000000000</ListView>", StringComparison.Ordinal));
        var listView = await Importer.ReportAsync(Root, Options);
        Edit("ContentTypes/faqitem.config", text => text.Replace("<Variations>Nothing</Variations>\n    <IsElement>", "<Variations>Culture</Variations>\n    <IsElement>", StringComparison.Ordinal));

        var variation = await Importer.ReportAsync(Root, Options);

        Assert.That(listView.Pending.Select(change => (change.Name, string.Join("; ", change.Details))), Is.EqualTo(new[] { ("Folder", "listView: '3a0156c4-3b8c-4803-bdc1-6871faa83fff' → ''") }));
        Assert.That(variation.Problems.Select(problem => problem.Message), Has.Some.Contains("'faqItem' is an element type and cannot vary (Culture)"));
    }

    private static Func<string, string> RemoveProperty(string alias) => text =>
    {
        var marker = $"<Alias>{alias}</Alias>";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        var start = text.LastIndexOf("    <GenericProperty>", at, StringComparison.Ordinal);
        var end = text.IndexOf("</GenericProperty>", at, StringComparison.Ordinal) + "</GenericProperty>".Length + 1;
        return text.Remove(start, end - start);
    };

    private async Task<List<Node>> AllAsync(NodeKind kind)
    {
        var all = new List<Node>();
        var pending = new Queue<Guid?>([null]);
        while (pending.TryDequeue(out var parent))
        {
            var children = kind == NodeKind.Media ? await Media.GetChildrenAsync(parent) : await Documents.GetChildrenAsync(parent);
            all.AddRange(children);
            foreach (var child in children)
            {
                pending.Enqueue(child.Key);
            }
        }

        return all;
    }
}
