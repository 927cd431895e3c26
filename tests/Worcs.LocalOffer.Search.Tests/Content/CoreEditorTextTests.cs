using Worcs.LocalOffer.Search.Content;
using Worcs.LocalOffer.Testing.Builders;

namespace Worcs.LocalOffer.Search.Tests.Content;

/// <summary>What the Umbraco 17 core editors give search: chosen items and strings as text, nothing for colours, numbers, times or labels.</summary>
public sealed class CoreEditorTextTests
{
    private static readonly Dictionary<string, string[]> ExpectedTexts = new()
    {
        ["drink"] = ["Tea"],
        ["drinks"] = ["Coffee", "Cold drinks"],
        ["needs"] = ["Autism", "Vision"],
        ["ageGroup"] = ["11 to 16"],
        ["contactEmail"] = ["sendiass@worcestershire.gov.uk"],
        ["phoneNumbers"] = ["01905 768153", "01905 768154"],
        ["plainString"] = ["plain words"],
    };

    private static IEnumerable<TestCaseData> Samples() =>
        CoreEditorSamples.All.Where(sample => sample.Alias != "notes").Select(sample => new TestCaseData(sample.Alias, sample.DataType.EditorAlias, sample.Value).SetArgDisplayNames(sample.Alias));

    [TestCaseSource(nameof(Samples))]
    public void Each_editor_gives_its_words_and_nothing_else(string alias, string editorAlias, string? value)
    {
        var text = PropertyTextReader.Read(editorAlias, value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Texts, Is.EqualTo(ExpectedTexts.GetValueOrDefault(alias, [])));
            Assert.That(text.Tags, Is.Empty);
            Assert.That(text.MediaKeys, Is.Empty);
            Assert.That(text.Date, Is.Null);
        }
    }

    [Test]
    public void Markdown_is_read_as_plain_text_without_its_markup()
    {
        var text = PropertyTextReader.Read("Umbraco.MarkdownEditor", "# Support\n\n* Ask your **SENCO**\n* Read about an [EHCP](https://example.org/ehcp) <em>today</em>");

        Assert.That(text.Texts, Is.EqualTo(new[] { "Support\nAsk your SENCO\nRead about an EHCP today" }));
    }

    [TestCase("Umbraco.DropDown.Flexible", "not json")]
    [TestCase("Umbraco.CheckBoxList", """{"Tea":true}""")]
    [TestCase("Umbraco.MultipleTextstring", "\n \n")]
    public void Unreadable_or_blank_choices_give_no_text(string editorAlias, string value)
    {
        Assert.That(PropertyTextReader.Read(editorAlias, value).Texts, Is.Empty);
    }
}
