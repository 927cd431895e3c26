using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class RichTextPropertyEditorTests
{
    private readonly RichTextPropertyEditor _editor = new();

    [Test]
    public void Safe_json_rich_text_is_stored_as_the_identical_string()
    {
        var value = """{"markup":"<h2 class=\"lead\">Help</h2><p>Call <strong>us</strong> &amp; <a href=\"https://www.worcestershire.gov.uk/\" target=\"_blank\" rel=\"noopener\">visit</a>.</p>","blocks":null}""";

        Assert.That(_editor.PrepareForStorage(value, For(_editor)), Is.SameAs(value));
    }

    [Test]
    public void Safe_council_markup_is_stored_as_the_identical_string()
    {
        var value = """
            <h3>Who can use it</h3>
            <ul><li>Children <em>aged 0–25</em></li></ul>
            <ol start="2"><li>Step</li></ol>
            <blockquote>Quote</blockquote>
            <table class="data"><caption>Fees</caption><thead><tr><th scope="col">Item</th></tr></thead><tbody><tr><td colspan="2">£0</td></tr></tbody></table>
            <p><img src="/media/abc/photo.jpg" alt="Children playing" data-udi="umb://media/5a6b7c8d9e0f1a2b3c4d5e4f1c2d3e4f" width="500" height="300"></p>
            <p><a href="mailto:send@worcestershire.gov.uk" title="Email">Email</a> <a href="tel:01905765432">Phone</a> <a href="#top">Top</a></p>
            """;

        Assert.That(_editor.PrepareForStorage(value, For(_editor)), Is.SameAs(value));
    }

    [TestCase("""<p><a href="/{localLink:umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e}" title="About" data-udi="umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e">About</a></p>""")]
    [TestCase("""<p><a href="{localLink:umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e}">About</a></p>""")]
    [TestCase("""<p><a type="document" href="/{localLink:4f1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e}#contact" title="About">About</a></p>""")]
    [TestCase("""<p><a type="media" href="/{localLink:umb://media/5a6b7c8d9e0f1a2b3c4d5e4f1c2d3e4f}">Leaflet</a></p>""")]
    public void Umbraco_local_links_are_kept(string markup)
    {
        Assert.That(_editor.PrepareForStorage(markup, For(_editor)), Is.SameAs(markup));
    }

    [Test]
    public void A_local_link_hiding_a_script_url_loses_its_href()
    {
        var stored = _editor.PrepareForStorage("""<p><a href="{localLink:javascript:alert(1)}">x</a></p>""", For(_editor));

        Assert.That(stored, Is.EqualTo("<p><a>x</a></p>"));
    }

    [Test]
    public void Rich_text_blocks_and_their_placeholder_comments_are_kept()
    {
        var value = """{"markup":"<p>Intro</p><umb-rte-block data-content-key=\"b1d2c3e4-0000-4000-8000-000000000001\"><!--Umbraco-Block--></umb-rte-block><p>Inline <umb-rte-block-inline data-content-key=\"b1d2c3e4-0000-4000-8000-000000000002\"><!--Umbraco-Block--></umb-rte-block-inline></p>","blocks":null}""";

        Assert.That(_editor.PrepareForStorage(value, For(_editor)), Is.SameAs(value));
    }

    [Test]
    public void Scripts_are_removed_with_their_content()
    {
        var value = """{"markup":"<p>Hello<script>alert('x')</script></p>","blocks":null}""";

        var stored = _editor.PrepareForStorage(value, For(_editor));

        Assert.That(stored, Is.EqualTo("""{"markup":"<p>Hello</p>","blocks":null}"""));
    }

    [Test]
    public void Event_handlers_are_removed()
    {
        var stored = _editor.PrepareForStorage("""<p onclick="steal()">Hi <img src="/media/a.jpg" alt="" onerror="alert(1)"></p>""", For(_editor));

        Assert.That(stored, Is.EqualTo("""<p>Hi <img src="/media/a.jpg" alt=""></p>"""));
    }

    [TestCase("""<a href="javascript:alert(1)">x</a>""")]
    [TestCase("""<a href=" JavaScript:alert(1)">x</a>""")]
    [TestCase("""<a href="java&#x09;script:alert(1)">x</a>""")]
    public void Javascript_urls_are_removed(string markup)
    {
        Assert.That(_editor.PrepareForStorage(markup, For(_editor)), Is.EqualTo("<a>x</a>"));
    }

    [Test]
    public void Styles_iframes_objects_and_ordinary_comments_are_removed()
    {
        var markup = """<p style="background:url(javascript:alert(1))">Text</p><iframe src="https://evil.example/"></iframe><object data="x.swf">fallback</object><!-- note --><style>p{}</style>""";

        var stored = _editor.PrepareForStorage(markup, For(_editor));

        Assert.That(stored, Is.EqualTo("<p>Text</p>"));
    }

    [Test]
    public void Unknown_harmless_tags_are_unwrapped_keeping_their_text()
    {
        Assert.That(_editor.PrepareForStorage("<p><font color=\"red\">Important</font></p>", For(_editor)), Is.EqualTo("<p>Important</p>"));
    }

    [Test]
    public void Sanitised_json_keeps_the_blocks()
    {
        var value = """{"markup":"<p onclick=\"x()\">Hi</p>","blocks":{"layout":{},"contentData":[],"settingsData":[],"expose":[]}}""";

        var stored = _editor.PrepareForStorage(value, For(_editor));

        Assert.That(stored, Is.EqualTo("""{"markup":"<p>Hi</p>","blocks":{"layout":{},"contentData":[],"settingsData":[],"expose":[]}}"""));
    }

    [TestCase("<p>Hello</p>")]
    [TestCase("""{"markup":"<p>Hello</p>","blocks":null}""")]
    public void Well_formed_values_pass(string value)
    {
        Assert.That(_editor.Validate(value, For(_editor)), Is.Empty);
    }

    [Test]
    public void Malformed_json_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("""{"markup":"<p>Hi</p>",""", For(_editor, path: "properties.body")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.body"));
            Assert.That(error.Message, Does.StartWith("The rich text is not valid JSON"));
            Assert.That(error.Message, Does.EndWith("""expected JSON like {"markup":"<p>…</p>","blocks":null}."""));
        }
    }

    [Test]
    public void Markup_that_is_not_a_string_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"markup":["<p>Hi</p>"],"blocks":null}""", For(_editor, path: "properties.body")));

        Assert.That(error.Message, Does.StartWith("The rich text 'markup' is an array"));
    }

    [Test]
    public void Blocks_that_are_not_an_object_are_refused()
    {
        var error = SingleError(_editor.Validate("""{"markup":"<p>Hi</p>","blocks":[]}""", For(_editor, path: "properties.body")));

        Assert.That(error.Message, Is.EqualTo("The rich text 'blocks' are an array; expected null or a block value."));
    }

    [Test]
    public void Rich_text_blocks_are_checked_against_their_element_types()
    {
        var elementType = Guid.Parse("e1e1e1e1-0000-4000-8000-000000000001");
        var contentKey = Guid.Parse("b1d2c3e4-0000-4000-8000-000000000001");
        var elements = new RecordingElementValidator((_, _, path) => [new ValidationError($"{path}.caption", "The caption is mandatory.")]);
        var value = $$$"""
            {"markup":"<umb-rte-block data-content-key=\"{{{contentKey}}}\"><!--Umbraco-Block--></umb-rte-block>",
             "blocks":{"layout":{"Umbraco.RichText":[{"contentKey":"{{{contentKey}}}","settingsKey":null}]},
                       "contentData":[{"contentTypeKey":"{{{elementType}}}","key":"{{{contentKey}}}","values":[{"editorAlias":"Umbraco.TextBox","culture":null,"segment":null,"alias":"caption","value":""}]}],
                       "settingsData":[],"expose":[{"contentKey":"{{{contentKey}}}","culture":null,"segment":null}]}}
            """;

        var error = SingleError(_editor.Validate(value, For(_editor, path: "properties.body", elements: elements)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.body.blocks[0].caption"));
            Assert.That(elements.Calls.Single().ElementTypeKey, Is.EqualTo(elementType));
        }
    }

    [TestCase("")]
    [TestCase("<p></p>")]
    [TestCase("<p>&nbsp;</p>")]
    [TestCase("""{"markup":"","blocks":null}""")]
    [TestCase("""{"markup":"<p> </p>","blocks":{"layout":{},"contentData":[],"settingsData":[],"expose":[]}}""")]
    public void Markup_without_content_is_empty(string value)
    {
        Assert.That(_editor.IsEmpty(value), Is.True);
    }

    [TestCase("<p>Hi</p>")]
    [TestCase("""<p><img src="/media/a.jpg" alt=""></p>""")]
    [TestCase("""{"markup":"<p>x</p>","blocks":null}""")]
    [TestCase("""{"markup":"<p",""")]
    public void Markup_with_content_or_malformed_json_is_not_empty(string value)
    {
        Assert.That(_editor.IsEmpty(value), Is.False);
    }

    [Test]
    public void Plain_text_converts_to_encoded_paragraphs()
    {
        var converted = _editor.TryConvertFrom(new TextAreaPropertyEditor(), "Ages 5 < 11\r\n\r\nLine one\nLine two", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""{"markup":"<p>Ages 5 &lt; 11</p><p>Line one<br>Line two</p>","blocks":null}"""));
        }
    }

    [Test]
    public void Structured_values_cannot_become_rich_text()
    {
        var converted = _editor.TryConvertFrom(new MediaPicker3PropertyEditor(), """[{"mediaKey":"1b2c3d4e-0000-4000-8000-000000000001"}]""", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.Contain("Umbraco.MediaPicker3 stores structured JSON"));
        }
    }
}
