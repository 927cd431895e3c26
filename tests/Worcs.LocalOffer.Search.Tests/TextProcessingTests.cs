using Worcs.LocalOffer.Search.Analysis;
using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Search.Querying;

namespace Worcs.LocalOffer.Search.Tests;

public sealed class TextProcessingTests
{
    [Test]
    public void Query_text_splits_balanced_quotes_into_phrases()
    {
        var text = UserQueryText.Parse("autism \"short breaks\" support");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Words, Is.EqualTo(new[] { "autism", "support" }));
            Assert.That(text.Phrases, Is.EqualTo(new[] { "short breaks" }));
        }
    }

    [Test]
    public void Query_text_is_capped_in_length_and_terms()
    {
        var text = UserQueryText.Parse(string.Join(' ', Enumerable.Range(0, 5_000).Select(number => "w" + number)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Text.Length, Is.LessThanOrEqualTo(UserQueryText.MaxLength));
            Assert.That(text.Words, Has.Count.EqualTo(UserQueryText.MaxTerms));
        }
    }

    [Test]
    public void Rich_text_loses_tags_and_keeps_words_apart()
    {
        var plain = HtmlText.ToPlain("<p>Short&nbsp;breaks</p><ul><li>Respite</li><li>Clubs &amp; groups</li></ul><script>alert(1)</script>");

        Assert.That(plain, Is.EqualTo("Short breaks\nRespite\nClubs & groups"));
    }

    [Test]
    public void Synonym_rules_are_read_from_the_shipped_list()
    {
        var analyzers = new SearchAnalyzers(SynonymFile.Load(SynonymFile.DefaultPath));

        var tokens = ManagedQueryBuilder.Analyse(analyzers.IndexText, "Education, Health and Care plans").Select(token => token.Term).ToList();

        Assert.That(tokens, Does.Contain("ehcp"));
    }

    [Test]
    public void Malformed_synonym_list_names_the_file()
    {
        var exception = Assert.Throws<InvalidDataException>(() => SynonymFile.Parse("a => b => c", "custom-synonyms.txt"));

        Assert.That(exception!.Message, Does.Contain("custom-synonyms.txt"));
    }
}
