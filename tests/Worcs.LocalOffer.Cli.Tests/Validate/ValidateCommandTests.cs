using Worcs.LocalOffer.Cli.Tests.Support;

namespace Worcs.LocalOffer.Cli.Tests.Validate;

public sealed class ValidateCommandTests
{
    private const string AudienceKey = "ad8f9cc1-ec34-5b3d-bca2-d5f2103ab802";
    private TempSyncFolder _folder = null!;

    [SetUp]
    public void CopyRepositoryFolder() => _folder = new TempSyncFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public async Task Repository_usync_folder_is_the_default_and_validates_with_exit_0()
    {
        var run = await InProcessTool.RunAsync(RepositoryRoot.Path, "usync", "validate");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
            Assert.That(run.Out, Does.Match(@"^uSync/v17: \d+ files read, 0 errors, 0 warnings\n$"));
            Assert.That(run.Error, Is.Empty);
        }
    }

    [Test]
    public async Task Malformed_file_exits_1_naming_file_and_line()
    {
        _folder.Add("DataTypes/Broken.config", "<DataType>\n  <Info>\n</DataType>");

        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", TempSyncFolder.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.ToString);
            Assert.That(run.ErrorLines, Has.One.StartsWith("v17/DataTypes/Broken.config:4: error: malformed XML: "));
            Assert.That(run.Out, Does.Match(@"^v17: \d+ files read, 1 error, 0 warnings\n$"));
        }
    }

    [Test]
    public async Task Duplicate_key_exits_1_naming_both_files()
    {
        _folder.Copy("DataTypes/Audience.config", "DataTypes/Audience2.config");

        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", "--folder", TempSyncFolder.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed), run.ToString);
            Assert.That(run.ErrorLines, Has.One.EqualTo(
                $"v17/DataTypes/Audience2.config:2: error: duplicate Key {AudienceKey} for <DataType> (also in v17/DataTypes/Audience.config)"));
        }
    }

    [Test]
    public async Task Warnings_alone_exit_0_and_go_to_standard_error()
    {
        var audience = File.ReadAllText(Path.Combine(_folder.SyncRoot, "DataTypes", "Audience.config"));
        _folder.Add("DataTypes/Audience.config", audience[(audience.IndexOf('\n', StringComparison.Ordinal) + 1)..], byteOrderMark: false);

        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", TempSyncFolder.Name);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString);
            Assert.That(run.ErrorLines, Is.EqualTo(new[] { "v17/DataTypes/Audience.config:1: warning: no UTF-8 byte-order mark (uSync writes one)" }));
            Assert.That(run.Out, Does.EndWith(", 0 errors, 1 warning\n"));
        }
    }

    [Test]
    public async Task Absolute_folder_is_named_as_given()
    {
        _folder.Add("DataTypes/Broken.config", "<DataType>");

        var run = await InProcessTool.RunAsync(RepositoryRoot.Path, "usync", "validate", _folder.SyncRoot);

        var shown = _folder.SyncRoot.Replace('\\', '/');
        Assert.That(run.ErrorLines, Has.One.StartsWith($"{shown}/DataTypes/Broken.config:"), run.ToString);
    }
}
