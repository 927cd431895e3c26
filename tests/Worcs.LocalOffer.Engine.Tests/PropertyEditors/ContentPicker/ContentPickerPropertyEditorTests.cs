using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class ContentPickerPropertyEditorTests
{
    private readonly ContentPickerPropertyEditor _editor = new();

    [Test]
    public void A_document_udi_passes()
    {
        Assert.That(_editor.Validate("umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", For(_editor)), Is.Empty);
    }

    [TestCase("4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e")]
    [TestCase("umb://document/not-a-guid")]
    [TestCase("https://www.worcestershire.gov.uk/")]
    public void A_value_that_is_not_a_udi_is_refused_naming_the_property(string value)
    {
        var error = SingleError(_editor.Validate(value, For(_editor, path: "properties.relatedPage")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.relatedPage"));
            Assert.That(error.Message, Does.EndWith("is not a valid document reference: expected umb://document/ followed by 32 hexadecimal digits."));
        }
    }

    [Test]
    public void A_media_udi_is_refused_as_not_a_document()
    {
        var error = SingleError(_editor.Validate("umb://media/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", For(_editor, path: "properties.relatedPage")));

        Assert.That(error.Message, Is.EqualTo("'umb://media/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e' refers to a media, but this picker only accepts documents (umb://document/…)."));
    }

    [Test]
    public void Text_holding_a_document_udi_converts_as_is()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.EqualTo("umb://document/4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"));
        }
    }
}
