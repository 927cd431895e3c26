using Microsoft.Extensions.Logging.Abstractions;
using Worcs.LocalOffer.Search.Analysis;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Indexing;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>One writer per index folder: a live writer is never pushed aside, a lock file left by a crash does not block.</summary>
public sealed class IndexLockTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Path.Combine(Path.GetTempPath(), "search-lock-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void Second_writer_on_the_same_folder_is_refused_and_the_first_keeps_its_index()
    {
        using var first = NewIndex();
        first.Open(verify: true);
        first.Index([new ValueSet("a", "content", "newsArticle").Add(ContentFields.Title, "kept safe")]);
        first.Commit();
        using var second = NewIndex();

        var exception = Assert.Throws<InvalidOperationException>(() => second.Open(verify: false));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception!.Message, Does.Contain("locked by another writer"));
            Assert.That(first.Searcher.Search("kept").TotalItemCount, Is.EqualTo(1));
        }
    }

    [Test]
    public void Lock_file_left_by_a_crashed_writer_does_not_block_opening()
    {
        string generation;
        using (var index = NewIndex())
        {
            index.Open(verify: true);
            index.Index([new ValueSet("a", "content", "newsArticle").Add(ContentFields.Title, "survivor")]);
            index.Commit();
            generation = index.Status().Directory;
        }

        File.WriteAllText(Path.Combine(generation, "write.lock"), "");
        using var reopened = NewIndex();
        reopened.Open(verify: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reopened.Status().Directory, Is.EqualTo(generation));
            Assert.That(reopened.Searcher.Search("survivor").TotalItemCount, Is.EqualTo(1));
        }
    }

    private SearchIndex NewIndex() =>
        new("ExternalIndex", _folder, ContentFields.Definitions(), new SearchAnalyzers(null), "test", NullLogger.Instance);
}
