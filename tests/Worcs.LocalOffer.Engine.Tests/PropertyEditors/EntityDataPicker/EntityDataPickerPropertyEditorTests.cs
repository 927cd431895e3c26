using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class EntityDataPickerPropertyEditorTests
{
    private const string Configuration = """{"validationLimit":{"min":1,"max":2},"umbEditorDataSource":"Worcs.DataSource.Schools"}""";

    private readonly EntityDataPickerPropertyEditor _editor = new();

    [Test]
    public void Ids_pass_and_are_stored_as_given()
    {
        const string Value = """{"ids":["URN-116730","URN-116731"]}""";

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.Validate(Value, For(_editor, Configuration, mode: ValidationMode.Publish)), Is.Empty);
            Assert.That(_editor.PrepareForStorage(Value, For(_editor, Configuration)), Is.SameAs(Value));
            Assert.That(_editor.IsEmpty("""{"ids":[]}"""), Is.True);
        }
    }

    [Test]
    public void A_value_that_is_no_ids_object_or_holds_a_non_text_id_is_refused_with_its_path()
    {
        var shape = SingleError(_editor.Validate("""["URN-116730"]""", For(_editor, Configuration, "properties.school")));
        var id = SingleError(_editor.Validate("""{"ids":["URN-116730",42]}""", For(_editor, Configuration, "properties.school")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shape.Message, Is.EqualTo("""The entity selection is an array; expected a JSON object like {"ids":["…"]}."""));
            Assert.That(id.Path, Is.EqualTo("properties.school.ids[1]"));
            Assert.That(id.Message, Does.StartWith("The id is a number"));
        }
    }

    [Test]
    public void The_validation_limit_applies_with_the_minimum_on_publish()
    {
        var tooMany = SingleError(_editor.Validate("""{"ids":["a","b","c"]}""", For(_editor, Configuration)));

        Assert.That(tooMany.Message, Is.EqualTo("There are 3 items; at most 2 are allowed."));
    }
}
