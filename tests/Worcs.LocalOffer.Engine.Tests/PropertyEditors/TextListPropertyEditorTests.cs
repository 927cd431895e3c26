using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

/// <summary>Email address, repeatable text strings and Markdown: text values.</summary>
public sealed class TextListPropertyEditorTests
{
    private const string OneToThree = """{"min":1,"max":3}""";

    private static readonly EmailAddressPropertyEditor Email = new();
    private static readonly MultipleTextstringPropertyEditor Strings = new();
    private static readonly MarkdownEditorPropertyEditor Markdown = new();

    private static IEnumerable<TestCaseData> GoodValues()
    {
        yield return new TestCaseData(Email, "{}", "sendiass@worcestershire.gov.uk");
        yield return new TestCaseData(Email, "{}", "first.last+send@example.org");
        yield return new TestCaseData(Strings, OneToThree, "01905 768153\n01905 768154");
        yield return new TestCaseData(Strings, OneToThree, "one\r\ntwo\r\nthree");
        yield return new TestCaseData(Strings, """{"min":0,"max":0}""", string.Join('\n', Enumerable.Repeat("line", 20)));
        yield return new TestCaseData(Markdown, "{}", "# Support\n\n* Ask your **SENCO**\n* Read the [guide](/{localLink:umb://document/5115b66c043851bb95309f9cf76f2ab2b})");
    }

    [TestCaseSource(nameof(GoodValues))]
    public void A_good_value_is_valid_and_stored_unchanged(IPropertyEditor editor, string configuration, string value)
    {
        var context = For(editor, configuration);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(editor.Validate(value, context), Is.Empty);
            Assert.That(editor.PrepareForStorage(value, context), Is.EqualTo(value));
        }
    }

    [TestCase("sendiass at worcestershire.gov.uk")]
    [TestCase("@worcestershire.gov.uk")]
    [TestCase("sendiass@")]
    [TestCase("a@b@c")]
    public void An_address_Umbraco_would_refuse_is_refused(string value)
    {
        var error = SingleError(Email.Validate(value, For(Email, "{}", "properties.contactEmail")));

        Assert.That((error.Path, error.Message), Is.EqualTo(("properties.contactEmail", $"'{value}' is not a valid email address: expected one address like sendiass@worcestershire.gov.uk.")));
    }

    [TestCase("only\n\n  ", """{"min":2,"max":0}""", "1 text string is given; at least 2 are required.")]
    [TestCase("a\nb\nc\nd", OneToThree, "4 text strings are given; at most 3 are allowed.")]
    public void Too_few_or_too_many_strings_are_refused(string value, string configuration, string message)
    {
        var error = SingleError(Strings.Validate(value, For(Strings, configuration, "properties.phoneNumbers")));

        Assert.That((error.Path, error.Message), Is.EqualTo(("properties.phoneNumbers", message)));
    }

    [TestCase("\n \n")]
    [TestCase("")]
    public void Only_blank_lines_is_empty(string value)
    {
        Assert.That(Strings.IsEmpty(value), Is.True);
    }

    [TestCase("Umbraco.Tags", """["autism","speech"]""", "autism\nspeech")]
    [TestCase("Umbraco.Tags", "autism, speech", "autism\nspeech")]
    [TestCase("Umbraco.TextArea", "line one\nline two", "line one\nline two")]
    [TestCase("Umbraco.CheckBoxList", """["Tea","Coffee"]""", "Tea\nCoffee")]
    public void Lists_and_text_convert_into_repeatable_strings(string sourceAlias, string value, string expected)
    {
        IPropertyEditor source = sourceAlias switch
        {
            "Umbraco.Tags" => new TagsPropertyEditor(),
            "Umbraco.CheckBoxList" => new CheckBoxListPropertyEditor(),
            _ => new TextAreaPropertyEditor(),
        };

        var converted = Strings.TryConvertFrom(source, value, For(Strings, "{}"), out var result, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(result, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Text_converts_into_email_and_markdown_but_rich_text_does_not()
    {
        var email = Email.TryConvertFrom(new TextBoxPropertyEditor(), " sendiass@worcestershire.gov.uk ", For(Email), out var emailValue, out var emailReason);
        var markdown = Markdown.TryConvertFrom(new TextAreaPropertyEditor(), "Plain *words*", For(Markdown), out var markdownValue, out var markdownReason);
        var rich = Markdown.TryConvertFrom(new RichTextPropertyEditor(), """{"markup":"<p>x</p>"}""", For(Markdown), out _, out var richReason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((email, emailValue), Is.EqualTo((true, "sendiass@worcestershire.gov.uk")), emailReason);
            Assert.That((markdown, markdownValue), Is.EqualTo((true, "Plain *words*")), markdownReason);
            Assert.That(rich, Is.False);
            Assert.That(richReason, Does.StartWith("Umbraco.RichText stores structured JSON"));
        }
    }
}
