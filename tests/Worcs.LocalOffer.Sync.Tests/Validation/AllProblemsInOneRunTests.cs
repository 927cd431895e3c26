using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Validation;

namespace Worcs.LocalOffer.Sync.Tests.Validation;

/// <summary>A folder broken in every way at once: one validation run reports each problem.</summary>
public sealed class AllProblemsInOneRunTests
{
    private string _scratch = "";

    [SetUp]
    public void CopyRepositoryFolder()
    {
        _scratch = Path.Combine(Path.GetTempPath(), "usync-all-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Corpus.RepositoryRoot, "uSync"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_scratch, Path.GetRelativePath(Path.Combine(Corpus.RepositoryRoot, "uSync"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [TearDown]
    public void DeleteScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public void Every_broken_case_is_reported_in_the_same_run()
    {
        // The DOCTYPE case makes its file unreadable, which would hide the other problems in that file.
        var cases = ParityCase.All.Where(item => !item.Name.Contains("DOCTYPE", StringComparison.Ordinal)).ToList();
        foreach (var item in cases)
        {
            item.Break(_scratch);
        }

        var result = new SyncFolderValidator(new SyncValidationOptions { FilesFolders = [Path.Combine(_scratch, "Files")] })
            .Validate(new SyncFolderReader().Read(Path.Combine(_scratch, "v17"), "uSync/v17"));

        Assert.That(
            cases.Where(item => !result.Errors.Any(problem => problem.File == "uSync/v17/" + item.File && problem.Message.Contains(item.Message, StringComparison.Ordinal))).Select(item => item.Name),
            Is.Empty,
            () => string.Join("\n", result.Problems));
    }
}
