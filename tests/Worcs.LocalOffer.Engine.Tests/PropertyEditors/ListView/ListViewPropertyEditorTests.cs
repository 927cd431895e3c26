using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class ListViewPropertyEditorTests
{
    private const string Configuration = """{"pageSize":100,"orderBy":"updateDate","orderDirection":"desc","includeProperties":[{"alias":"updateDate","header":"Last edited","isSystem":1}]}""";

    private readonly ListViewPropertyEditor _editor = new();

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void No_value_is_valid_and_stays_empty(string? value)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.IsEmpty(value), Is.True);
            Assert.That(_editor.Validate(value, For(_editor, Configuration)), Is.Empty);
        }
    }

    [Test]
    public void Any_value_is_refused_because_a_collection_holds_none()
    {
        var error = SingleError(_editor.Validate("children", For(_editor, Configuration, "properties.collection")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.collection"));
            Assert.That(error.Message, Is.EqualTo("'children' cannot be stored: Umbraco.ListView is a collection view that holds no value of its own."));
        }
    }

    [Test]
    public void A_value_from_another_editor_cannot_convert_but_an_empty_one_can()
    {
        var refused = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "hello", For(_editor, Configuration), out var value, out var reason);
        var empty = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "", For(_editor, Configuration), out var emptyValue, out var emptyReason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Is.EqualTo("the value stored by Umbraco.TextBox would be lost: Umbraco.ListView is a collection view that holds no value."));
            Assert.That(empty, Is.True, emptyReason);
            Assert.That(emptyValue, Is.Null);
        }
    }
}
