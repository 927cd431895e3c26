using Worcs.LocalOffer.Search.Tests.Relevance;
using Worcs.LocalOffer.Search.Tests.Support;

namespace Worcs.LocalOffer.Search.Tests;

/// <summary>Editors extend the synonym list as a file; an edited list takes effect at the next start, by a rebuild.</summary>
public sealed class SynonymListTests
{
    [Test]
    public async Task Edited_synonym_list_is_applied_after_a_restart()
    {
        var file = Path.Combine(Path.GetTempPath(), "synonyms-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(file, "# site synonyms\nwibblefest, roadshow\n");
        try
        {
            await using var site = await SearchSite.CreateAsync(new Dictionary<string, string?> { ["LocalOffer:Search:SynonymsFile"] = file });
            var before = await site.SearchAsync("wibblefest");

            await File.WriteAllTextAsync(file, "# site synonyms\nwobblefair, roadshow\n");
            await site.RestartSearchAsync();
            await site.Maintenance.StartAsync(CancellationToken.None);
            var oldWord = await site.SearchAsync("wibblefest");
            var newWord = await site.SearchAsync("wobblefair");

            using (Assert.EnterMultipleScope())
            {
                Assert.That(before.Items.Select(item => item.Name), Does.Contain(JudgedQueries.Roadshows));
                Assert.That(oldWord.Total, Is.Zero);
                Assert.That(newWord.Items.Select(item => item.Name), Does.Contain(JudgedQueries.Roadshows));
                Assert.That(site.Indexes.External.Status().LastRebuildUtc, Is.Not.Null, "the changed list forced a rebuild at start-up");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
