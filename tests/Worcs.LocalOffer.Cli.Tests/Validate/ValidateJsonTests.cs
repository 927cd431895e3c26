using System.Text.Json;
using Worcs.LocalOffer.Cli.Tests.Support;

namespace Worcs.LocalOffer.Cli.Tests.Validate;

public sealed class ValidateJsonTests
{
    private TempSyncFolder _folder = null!;

    [SetUp]
    public void CopyRepositoryFolder() => _folder = new TempSyncFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public async Task Json_output_parses_and_lists_the_problems()
    {
        _folder.Add("DataTypes/Broken.config", "<DataType>\n  <Info>\n</DataType>");

        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", TempSyncFolder.Name, "--json");

        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var problem = root.GetProperty("problems").EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(run.Error, Is.Empty, "--json keeps standard error for failures of the tool itself");
            Assert.That(root.GetProperty("folder").GetString(), Is.EqualTo("v17"));
            Assert.That(root.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(root.GetProperty("filesRead").GetInt32(), Is.GreaterThan(50));
            Assert.That(root.GetProperty("errors").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("warnings").GetInt32(), Is.Zero);
            Assert.That(problem.GetProperty("severity").GetString(), Is.EqualTo("error"));
            Assert.That(problem.GetProperty("file").GetString(), Is.EqualTo("v17/DataTypes/Broken.config"));
            Assert.That(problem.GetProperty("line").GetInt32(), Is.EqualTo(4));
            Assert.That(problem.GetProperty("message").GetString(), Does.StartWith("malformed XML: "));
        }
    }

    [Test]
    public async Task Json_output_of_a_valid_folder_has_no_problems()
    {
        var run = await InProcessTool.RunAsync(_folder.Root, "usync", "validate", TempSyncFolder.Name, "--json");

        using var json = JsonDocument.Parse(run.Out);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(json.RootElement.GetProperty("valid").GetBoolean(), Is.True);
            Assert.That(json.RootElement.GetProperty("problems").GetArrayLength(), Is.Zero);
        }
    }
}
