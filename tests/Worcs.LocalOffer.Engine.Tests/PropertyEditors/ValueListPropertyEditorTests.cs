using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class ValueListPropertyEditorTests
{
    private const string Single = """{"items":["Coffee","Tea","Cold drinks"],"multiple":false}""";
    private const string Multiple = """{"items":["Coffee","Tea","Cold drinks"],"multiple":true}""";
    private const string Items = """{"items":["Coffee","Tea","Cold drinks"]}""";

    private static readonly DropDownFlexiblePropertyEditor Dropdown = new();
    private static readonly CheckBoxListPropertyEditor CheckBoxes = new();
    private static readonly RadioButtonListPropertyEditor Radio = new();

    private static IEnumerable<TestCaseData> GoodValues()
    {
        yield return new TestCaseData(Dropdown, Single, """["Tea"]""");
        yield return new TestCaseData(Dropdown, Multiple, """["Coffee","Cold drinks"]""");
        yield return new TestCaseData(Dropdown, Single, "[]");
        yield return new TestCaseData(CheckBoxes, Items, """["Tea","Coffee"]""");
        yield return new TestCaseData(Radio, Items, "Cold drinks");
    }

    private static IEnumerable<TestCaseData> BadValues()
    {
        yield return new TestCaseData(Dropdown, Single, """["Juice"]""", "properties.drink[0]", "'Juice' is not one of the items of this data type: 'Coffee', 'Tea', 'Cold drinks'.");
        yield return new TestCaseData(Dropdown, Multiple, """["Tea","tea"]""", "properties.drink[1]", "'tea' is not one of the items of this data type: 'Coffee', 'Tea', 'Cold drinks'.");
        yield return new TestCaseData(Dropdown, Single, """["Tea","Coffee"]""", "properties.drink", "2 items are chosen, but this data type allows one; set 'multiple' to allow more.");
        yield return new TestCaseData(Dropdown, Single, "Tea", "properties.drink", "The value is not valid JSON (line 1, position 1); expected a JSON array of the chosen items, like [\"Coffee\"].");
        yield return new TestCaseData(CheckBoxes, Items, """{"Tea":true}""", "properties.drink", "The value is an object; expected a JSON array of the chosen items, like [\"Coffee\"].");
        yield return new TestCaseData(CheckBoxes, Items, """["Tea",3]""", "properties.drink", "The value contains a number where text was expected; expected a JSON array of the chosen items, like [\"Coffee\"].");
        yield return new TestCaseData(CheckBoxes, """{"items":null}""", """["Tea"]""", "properties.drink[0]", "'Tea' cannot be chosen: this data type has no items configured.");
        yield return new TestCaseData(Radio, Items, "Juice", "properties.drink", "'Juice' is not one of the items of this data type: 'Coffee', 'Tea', 'Cold drinks'.");
    }

    [TestCaseSource(nameof(GoodValues))]
    public void A_value_of_configured_items_is_valid_and_stored_unchanged(IPropertyEditor editor, string configuration, string value)
    {
        var context = For(editor, configuration);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(editor.Validate(value, context), Is.Empty);
            Assert.That(editor.PrepareForStorage(value, context), Is.EqualTo(value));
        }
    }

    [TestCaseSource(nameof(BadValues))]
    public void A_bad_value_is_refused_with_its_path_and_the_expected_items(IPropertyEditor editor, string configuration, string value, string path, string message)
    {
        var error = SingleError(editor.Validate(value, For(editor, configuration, "properties.drink")));

        Assert.That((error.Path, error.Message), Is.EqualTo((path, message)));
    }

    [TestCase("Umbraco.RadioButtonList", "Tea", """["Tea"]""")]
    [TestCase("Umbraco.TextBox", "Tea", """["Tea"]""")]
    [TestCase("Umbraco.CheckBoxList", """["Tea","Coffee"]""", """["Tea","Coffee"]""")]
    [TestCase("Umbraco.Tags", """["Tea","Coffee"]""", """["Tea","Coffee"]""")]
    [TestCase("Umbraco.MultipleTextstring", "Tea\nCoffee", """["Tea","Coffee"]""")]
    public void Values_convert_into_a_multiple_dropdown(string sourceAlias, string value, string expected)
    {
        var converted = Dropdown.TryConvertFrom(Source(sourceAlias), value, For(Dropdown, Multiple), out var result, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(result, Is.EqualTo(expected));
        }
    }

    [Test]
    public void A_single_chosen_item_converts_into_a_radio_button_list_but_two_do_not()
    {
        var one = Radio.TryConvertFrom(Dropdown, """["Tea"]""", For(Radio, Items), out var oneValue, out var oneReason);
        var two = Radio.TryConvertFrom(CheckBoxes, """["Tea","Coffee"]""", For(Radio, Items), out var twoValue, out var twoReason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(one, Is.True, oneReason);
            Assert.That(oneValue, Is.EqualTo("Tea"));
            Assert.That(two, Is.False);
            Assert.That(twoValue, Is.Null);
            Assert.That(twoReason, Is.EqualTo("Umbraco.CheckBoxList holds 2 items, but Umbraco.RadioButtonList keeps one; choose one by hand."));
        }
    }

    [Test]
    public void Text_that_is_not_an_item_does_not_convert_and_rich_text_is_refused()
    {
        var text = Dropdown.TryConvertFrom(new TextBoxPropertyEditor(), "Juice", For(Dropdown, Single), out _, out var textReason);
        var rich = CheckBoxes.TryConvertFrom(new RichTextPropertyEditor(), """{"markup":"<p>Tea</p>"}""", For(CheckBoxes, Items), out _, out var richReason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Is.False);
            Assert.That(textReason, Is.EqualTo("the value stored by Umbraco.TextBox is not valid for Umbraco.DropDown.Flexible: 'Juice' is not one of the items of this data type: 'Coffee', 'Tea', 'Cold drinks'."));
            Assert.That(rich, Is.False);
            Assert.That(richReason, Is.EqualTo("Umbraco.RichText stores structured JSON, which cannot become chosen items."));
        }
    }

    private static IPropertyEditor Source(string alias) => alias switch
    {
        "Umbraco.RadioButtonList" => Radio,
        "Umbraco.CheckBoxList" => CheckBoxes,
        "Umbraco.Tags" => new TagsPropertyEditor(),
        "Umbraco.MultipleTextstring" => new MultipleTextstringPropertyEditor(),
        _ => new TextBoxPropertyEditor(),
    };
}
