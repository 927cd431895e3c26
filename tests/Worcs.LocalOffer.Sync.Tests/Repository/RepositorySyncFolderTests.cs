using Worcs.LocalOffer.Sync.Folders;
using Worcs.LocalOffer.Sync.Reading;
using Worcs.LocalOffer.Sync.Validation;
using Worcs.LocalOffer.Sync.Writing;

namespace Worcs.LocalOffer.Sync.Tests.Repository;

/// <summary>The repository's own uSync folder: the content model and seed content the site starts from.</summary>
public sealed class RepositorySyncFolderTests
{
    private static string SyncRoot => Path.Combine(Corpus.RepositoryRoot, "uSync", "v17");

    public static IEnumerable<TestCaseData> FileCases() =>
        Directory.EnumerateFiles(SyncRoot, "*.config", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(SyncRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(file => new TestCaseData(file).SetArgDisplayNames(file));

    [Test]
    public void Repository_usync_folder_validates_without_problems()
    {
        var folder = new SyncFolderReader().Read(SyncRoot, "uSync/v17");

        var result = new SyncFolderValidator(null).Validate(folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(folder.Problems, Is.Empty);
            Assert.That(result.Problems.Select(problem => problem.ToString()), Is.Empty);
            Assert.That(folder.In("ContentTypes").Count(), Is.GreaterThanOrEqualTo(10));
            Assert.That(folder.In("Content").Count(), Is.GreaterThanOrEqualTo(13));
        }
    }

    [TestCaseSource(nameof(FileCases))]
    public void Repository_file_is_written_back_byte_for_byte(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SyncRoot, relativePath));

        var read = new SyncFileReader().Read(bytes, "uSync/v17/" + relativePath);

        Assert.That(read.Succeeded, Is.True, string.Join("; ", read.Problems));
        Assert.That(new SyncFileWriter().Write(read.File!), Is.EqualTo(bytes));
    }
}
