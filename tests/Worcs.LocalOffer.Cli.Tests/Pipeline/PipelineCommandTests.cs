using System.Text.Json;
using Worcs.LocalOffer.Cli.Tests.Support;

namespace Worcs.LocalOffer.Cli.Tests.Pipeline;

/// <summary>report, import and export against a SQLite file; the pipeline's own tests cover PostgreSQL.</summary>
public sealed class PipelineCommandTests
{
    private TempSyncFolder _folder = null!;

    private string[] Database => ["--connection", $"Data Source={Path.Combine(_folder.Root, "site.db")}", "--provider", "Microsoft.Data.Sqlite"];

    [SetUp]
    public void CopyRepositoryFolder() => _folder = new TempSyncFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public async Task Import_creates_everything_then_report_and_export_find_nothing_to_do()
    {
        var beforeSchema = await RunAsync("report");
        var imported = await RunAsync("import");
        var reported = await RunAsync("report");
        var exported = await RunAsync("export");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeSchema.ExitCode, Is.EqualTo(ExitCodes.Failed), beforeSchema.ToString);
            Assert.That(beforeSchema.Error, Does.Contain("pending migration"));
            Assert.That(imported.ExitCode, Is.EqualTo(ExitCodes.Success), imported.ToString);
            Assert.That(imported.Out, Does.Contain("create DataType 'Audience' (v17/DataTypes/Audience.config)"));
            Assert.That(imported.Out, Does.Match(@"\nv17: applied \d+ changes \(\d+ create, 0 update, 0 delete\), 0 with data loss; copied 0 media files\n$"));
            Assert.That(reported.ExitCode, Is.EqualTo(ExitCodes.Success), reported.ToString);
            Assert.That(reported.Out, Does.Match(@"^v17: 0 changes \(0 create, 0 update, 0 delete\), 0 with data loss, \d+ items unchanged\n$"));
            Assert.That(exported.ExitCode, Is.EqualTo(ExitCodes.Success), exported.ToString);
            Assert.That(exported.Out, Does.Match(@"^v17: 0 files written, \d+ files unchanged\n$"));
        }
    }

    [Test]
    public async Task Data_loss_is_flagged_by_report_and_refused_by_import_unless_allowed()
    {
        await RunAsync("import");
        RemoveProperty("ContentTypes/capitalfundplan.config", "spreadsheetDownload");

        var reported = await RunAsync("report");
        var refused = await RunAsync("import");
        var allowed = await RunAsync("import", "--allow-data-loss");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reported.ExitCode, Is.EqualTo(ExitCodes.Success), reported.ToString);
            Assert.That(reported.Out.Split('\n'), Has.One.Contains("(v17/ContentTypes/capitalfundplan.config) DATA LOSS"));
            Assert.That(reported.Error, Does.EndWith("v17: an import would be refused (1 error).\n"));
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.Failed), refused.ToString);
            Assert.That(refused.Error, Does.Contain("v17/ContentTypes/capitalfundplan.config").And.Contain("import refused, nothing was written"));
            Assert.That(allowed.ExitCode, Is.EqualTo(ExitCodes.Success), allowed.ToString);
            Assert.That(allowed.Out, Does.Contain("1 with data loss"));
        }
    }

    [Test]
    public async Task Report_json_lists_every_change()
    {
        await RunAsync("import");
        RemoveProperty("ContentTypes/capitalfundplan.config", "spreadsheetDownload");

        var run = await RunAsync("report", "--json");

        using var json = JsonDocument.Parse(run.Out);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(changes, Has.Count.GreaterThan(50));
            Assert.That(changes.Where(change => change.GetProperty("dataLoss").GetBoolean()).Select(change => change.GetProperty("kind").GetString()), Is.EqualTo(new[] { "Update" }));
        }
    }

    [Test]
    public async Task Unsupported_provider_exits_2_naming_it()
    {
        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "report", TempSyncFolder.Name, "--connection", "x", "--provider", "Oracle");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.StartWith("error: ").And.Contain("'Oracle', which is not supported"));
        }
    }

    private Task<CliRun> RunAsync(string verb, params string[] options) =>
        InProcessTool.RunAsync(_folder.Root, ["usync", verb, TempSyncFolder.Name, .. Database, .. options]);

    private void RemoveProperty(string relativePath, string alias)
    {
        var path = Path.Combine(_folder.SyncRoot, relativePath);
        var text = File.ReadAllText(path);
        var at = text.IndexOf($"<Alias>{alias}</Alias>", StringComparison.Ordinal);
        var start = text.LastIndexOf("    <GenericProperty>", at, StringComparison.Ordinal);
        var end = text.IndexOf("</GenericProperty>", at, StringComparison.Ordinal) + "</GenericProperty>".Length + 1;
        File.WriteAllText(path, text.Remove(start, end - start), new System.Text.UTF8Encoding(true));
    }
}
