using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class MultiUrlPickerPropertyEditorTests
{
    private const string Limits = """{"minNumber":1,"maxNumber":2,"ignoreUserStartNodes":false,"hideAnchor":false}""";

    private const string DocumentLink = """{"name":"About","target":null,"udi":"umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e","url":null,"queryString":null}""";

    private readonly MultiUrlPickerPropertyEditor _editor = new();

    private static string UrlLink(string url) => $$"""[{"name":"Link","target":"_blank","udi":null,"url":"{{url}}","queryString":null}]""";

    [Test]
    public void Document_media_and_external_links_pass()
    {
        var value = $$"""
            [{{DocumentLink}},
             {"name":"Leaflet","target":null,"udi":"umb://media/5a6b7c8d9e0f1a2b3c4d5e4f1c2d3e4f","url":null,"queryString":"#page2"},
             {"name":"Council","target":"_blank","udi":null,"url":"https://www.worcestershire.gov.uk/send","queryString":null},
             {"name":"Email","target":null,"url":"mailto:sendlocaloffer@worcestershire.gov.uk"},
             {"name":"Phone","target":null,"url":"tel:+441905765432"},
             {"name":"Site page","target":"","url":"/send/education"}]
            """;

        Assert.That(_editor.Validate(value, For(_editor)), Is.Empty);
    }

    [TestCase("")]
    [TestCase("[]")]
    public void No_links_is_empty(string value)
    {
        Assert.That(_editor.IsEmpty(value), Is.True);
    }

    [Test]
    public void Malformed_json_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("[{\"name\":", For(_editor, path: "properties.links")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.links"));
            Assert.That(error.Message, Does.StartWith("The links is not valid JSON"));
        }
    }

    [Test]
    public void A_javascript_url_is_refused_saying_the_scheme_is_not_allowed()
    {
        var error = SingleError(_editor.Validate(UrlLink("javascript:alert(1)"), For(_editor, path: "properties.links")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.links[0].url"));
            Assert.That(error.Message, Is.EqualTo("'javascript:alert(1)' uses the 'javascript:' scheme, which is not allowed in links; use http, https, mailto or tel."));
        }
    }

    [Test]
    public void A_url_with_a_hidden_tab_is_refused()
    {
        var error = SingleError(_editor.Validate(UrlLink("java\\tscript:alert(1)"), For(_editor, path: "properties.links")));

        Assert.That(error.Message, Does.Contain("contains control characters"));
    }

    [TestCase("www.worcestershire.gov.uk", "is not a valid link")]
    [TestCase("//evil.example/", "is a protocol-relative address")]
    [TestCase(" https://x.example/", "starts or ends with spaces")]
    [TestCase("ftp://files.example/a.pdf", "uses the 'ftp:' scheme")]
    public void Urls_that_are_not_absolute_web_addresses_or_site_paths_are_refused(string url, string expected)
    {
        var error = SingleError(_editor.Validate(UrlLink(url), For(_editor, path: "properties.links")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.links[0].url"));
            Assert.That(error.Message, Does.Contain(expected));
        }
    }

    [Test]
    public void A_link_with_neither_udi_nor_url_is_refused()
    {
        var error = SingleError(_editor.Validate("""[{"name":"Nowhere","target":null,"udi":null,"url":null}]""", For(_editor, path: "properties.links")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.links[0]"));
            Assert.That(error.Message, Does.StartWith("The link has neither a udi nor a url"));
        }
    }

    [Test]
    public void A_udi_of_another_entity_type_is_refused()
    {
        var error = SingleError(_editor.Validate("""[{"name":"x","udi":"umb://member/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"}]""", For(_editor, path: "properties.links")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.links[0].udi"));
            Assert.That(error.Message, Does.Contain("is not a document or media reference"));
        }
    }

    [Test]
    public void An_unknown_target_is_refused()
    {
        var error = SingleError(_editor.Validate("""[{"name":"x","target":"popup","url":"/a"}]""", For(_editor, path: "properties.links")));

        Assert.That(error.Path, Is.EqualTo("properties.links[0].target"));
    }

    [Test]
    public void A_query_string_without_a_leading_question_mark_or_hash_is_refused()
    {
        var error = SingleError(_editor.Validate("""[{"name":"x","url":"/a","queryString":"page=2"}]""", For(_editor, path: "properties.links")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.links[0].queryString"));
            Assert.That(error.Message, Is.EqualTo("'page=2' must start with '?' (a query string) or '#' (an anchor)."));
        }
    }

    [Test]
    public void A_field_of_the_wrong_json_type_is_refused()
    {
        var error = SingleError(_editor.Validate("""[{"name":5,"url":"/a"}]""", For(_editor, path: "properties.links")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.links[0].name"));
            Assert.That(error.Message, Is.EqualTo("The name is a number; expected text or null."));
        }
    }

    [Test]
    public void More_links_than_maxNumber_are_refused_even_for_a_draft()
    {
        var error = SingleError(_editor.Validate($"[{DocumentLink},{DocumentLink},{DocumentLink}]", For(_editor, Limits, "properties.links")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.links"));
            Assert.That(error.Message, Is.EqualTo("There are 3 links; at most 2 are allowed."));
        }
    }

    [Test]
    public void A_max_number_of_zero_means_no_maximum()
    {
        var value = "[" + string.Join(",", Enumerable.Repeat(DocumentLink, 20)) + "]";

        Assert.That(_editor.Validate(value, For(_editor, """{"minNumber":0,"maxNumber":0}""")), Is.Empty);
    }

    [Test]
    public void Fewer_links_than_minNumber_wait_for_publish()
    {
        var twoMinimum = """{"minNumber":2,"maxNumber":0}""";

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate($"[{DocumentLink}]", For(_editor, twoMinimum, mode: ValidationMode.Save)), Is.Empty);
            Assert.That(
                SingleError(_editor.Validate($"[{DocumentLink}]", For(_editor, twoMinimum, mode: ValidationMode.Publish))).Message,
                Is.EqualTo("There is 1 link; at least 2 are needed to publish."));
        }
    }

    [Test]
    public void A_picked_document_converts_to_a_link()
    {
        var converted = _editor.TryConvertFrom(new ContentPickerPropertyEditor(), "umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""[{"name":null,"target":null,"udi":"umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e","url":null,"queryString":null}]"""));
        }
    }

    [Test]
    public void A_url_in_a_text_box_converts_to_a_link()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "https://www.worcestershire.gov.uk/", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""[{"name":null,"target":null,"udi":null,"url":"https://www.worcestershire.gov.uk/","queryString":null}]"""));
        }
    }

    [Test]
    public void Text_that_is_not_a_link_cannot_be_converted()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "javascript:alert(1)", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.Contain("is not valid for Umbraco.MultiUrlPicker"));
        }
    }
}
