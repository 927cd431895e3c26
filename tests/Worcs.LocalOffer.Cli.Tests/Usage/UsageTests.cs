using Worcs.LocalOffer.Cli.Tests.Support;

namespace Worcs.LocalOffer.Cli.Tests.Usage;

/// <summary>Bad command lines exit 2 with a message naming what was wrong, and print nothing on standard output.</summary>
public sealed class UsageTests
{
    [TestCase(new[] { "usync", "frob" }, "error: unknown verb 'frob'; the verbs are validate, report, import, export.")]
    [TestCase(new[] { "usync" }, "error: no verb given; the verbs are validate, report, import, export.")]
    [TestCase(new[] { "frob" }, "error: unknown command 'frob'; use 'usync <verb>'.")]
    [TestCase(new string[0], "error: no command given; use 'usync <verb>'.")]
    [TestCase(new[] { "usync", "validate", "--frob" }, "error: unknown option '--frob' (a folder whose name starts with '-' can be given as ./--frob).")]
    [TestCase(new[] { "usync", "validate", "uSync/v17", "--frob" }, "error: Unrecognized command or argument '--frob'.")]
    public async Task Bad_command_line_exits_2_naming_what_was_wrong(string[] args, string message)
    {
        var run = await InProcessTool.RunAsync(RepositoryRoot.Path, args);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.ErrorLines, Has.Member(message));
            Assert.That(run.Out, Is.Empty);
        }
    }

    [Test]
    public async Task Missing_folder_exits_2_naming_it()
    {
        var run = await InProcessTool.RunAsync(RepositoryRoot.Path, "usync", "validate", "no/such/folder");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.StartWith("error: folder 'no/such/folder' does not exist"));
            Assert.That(run.Out, Is.Empty);
        }
    }

    [Test]
    public async Task Default_folder_missing_from_the_working_directory_exits_2()
    {
        var run = await InProcessTool.RunAsync(Path.GetTempPath(), "usync", "validate");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.StartWith("error: folder 'uSync/v17' does not exist"));
        }
    }

    [Test]
    public async Task Folder_given_both_ways_exits_2()
    {
        var run = await InProcessTool.RunAsync(RepositoryRoot.Path, "usync", "validate", "uSync/v17", "--folder", "uSync/v17");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.Contain("the folder is given twice"));
        }
    }

    [Test]
    public async Task Help_exits_0_and_lists_the_verbs()
    {
        var run = await InProcessTool.RunAsync(RepositoryRoot.Path, "usync", "--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Out, Does.Contain("validate").And.Contain("report").And.Contain("import").And.Contain("export"));
        }
    }
}
