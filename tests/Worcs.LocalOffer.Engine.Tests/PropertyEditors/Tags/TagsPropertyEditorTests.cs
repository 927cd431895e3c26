using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class TagsPropertyEditorTests
{
    private const string Json = """{"group":"default","storageType":"Json"}""";

    private const string Csv = """{"group":"default","storageType":"Csv"}""";

    private readonly TagsPropertyEditor _editor = new();

    [Test]
    public void A_json_array_of_tags_passes_by_default()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate("""["autism","speech"]""", For(_editor)), Is.Empty);
            Assert.That(_editor.Validate("""["autism","speech"]""", For(_editor, Json)), Is.Empty);
        }
    }

    [Test]
    public void Comma_separated_tags_pass_with_csv_storage()
    {
        Assert.That(_editor.Validate("autism,speech", For(_editor, Csv)), Is.Empty);
    }

    [TestCase("")]
    [TestCase("[]")]
    public void No_tags_is_empty(string value)
    {
        Assert.That(_editor.IsEmpty(value), Is.True);
    }

    [Test]
    public void Tags_that_are_not_a_json_array_are_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("autism,speech", For(_editor, Json, "properties.needs")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.needs"));
            Assert.That(error.Message, Does.StartWith("The tags is not valid JSON"));
            Assert.That(error.Message, Does.EndWith("""expected a JSON array of text, like ["autism","speech"]."""));
        }
    }

    [Test]
    public void A_json_object_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"tag":"autism"}""", For(_editor, Json)));

        Assert.That(error.Message, Does.StartWith("The tags are an object"));
    }

    [Test]
    public void A_tag_that_is_not_text_is_refused()
    {
        var error = SingleError(_editor.Validate("""["autism",5]""", For(_editor, Json)));

        Assert.That(error.Message, Does.StartWith("The tags contain a number where text was expected"));
    }

    [Test]
    public void A_blank_tag_is_refused_with_its_index()
    {
        var error = SingleError(_editor.Validate("""["autism"," "]""", For(_editor, Json, "properties.needs")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.needs[1]"));
            Assert.That(error.Message, Is.EqualTo("The tag is blank; remove it or give it some text."));
        }
    }

    [Test]
    public void A_blank_csv_tag_is_refused_with_its_index()
    {
        var error = SingleError(_editor.Validate("autism,,speech", For(_editor, Csv, "properties.needs")));

        Assert.That(error.Path, Is.EqualTo("properties.needs[1]"));
    }

    [Test]
    public void A_tag_over_200_characters_is_refused()
    {
        var error = SingleError(_editor.Validate($"[\"{new string('a', 201)}\"]", For(_editor, Json, "properties.needs")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.needs[0]"));
            Assert.That(error.Message, Does.EndWith("is 201 characters long; at most 200 characters are allowed."));
        }
    }

    [Test]
    public void A_json_array_is_refused_when_storage_is_csv()
    {
        var error = SingleError(_editor.Validate("""["autism"]""", For(_editor, Csv)));

        Assert.That(error.Message, Does.Contain("this data type stores tags as comma-separated text"));
    }

    [Test]
    public void Csv_tags_convert_to_a_json_array()
    {
        var converted = _editor.TryConvertFrom(_editor, "autism, speech,,Autism", For(_editor, Json), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""["autism","speech"]"""));
        }
    }

    [Test]
    public void Json_tags_convert_to_csv()
    {
        var converted = _editor.TryConvertFrom(_editor, """["autism","speech"]""", For(_editor, Csv), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("autism,speech"));
        }
    }

    [Test]
    public void Text_converts_to_tags()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "speech and language", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("""["speech and language"]"""));
        }
    }

    [Test]
    public void Structured_values_cannot_become_tags()
    {
        var converted = _editor.TryConvertFrom(new RichTextPropertyEditor(), """{"markup":"<p>a,b</p>","blocks":null}""", For(_editor, Csv), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Is.EqualTo("Umbraco.RichText stores structured JSON, which cannot become tags."));
        }
    }
}
