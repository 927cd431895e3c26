using Worcs.LocalOffer.Engine.PropertyEditors;
using Worcs.LocalOffer.Engine.Results;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.BlockGridValues;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class BlockGridPropertyEditorTests
{
    private readonly BlockGridPropertyEditor _editor = new();

    private List<ValidationError> Check(string value, ValidationMode mode = ValidationMode.Save, RecordingElementValidator? elements = null) =>
        [.. _editor.Validate(value, For(_editor, Configuration, "properties.grid", mode, elements))];

    [Test]
    public void A_grid_with_areas_passes_and_every_block_is_checked_at_its_place()
    {
        var elements = new RecordingElementValidator();

        var errors = Check(RowWithText(), ValidationMode.Publish, elements);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Is.Empty);
            Assert.That(
                elements.Calls.Select(call => call.Path),
                Is.EqualTo(new[] { "properties.grid.items[0]", "properties.grid.items[0].areas[1].items[0]", "properties.grid.items[1]" }));
            Assert.That(elements.Calls[1].Values["words"], Is.EqualTo("Speech and language therapy"));
        }
    }

    [Test]
    public void Errors_inside_a_nested_block_come_back_at_its_path()
    {
        var elements = new RecordingElementValidator((type, values, path) =>
            type == Text && values["words"] == "Speech and language therapy" ? [new ValidationError($"{path}.words", "Too short.")] : []);

        var error = SingleError(Check(RowWithText(), elements: elements));

        Assert.That(error.Path, Is.EqualTo("properties.grid.items[0].areas[1].items[0].words"));
    }

    [Test]
    public void A_block_only_allowed_in_areas_is_refused_at_the_root_and_a_root_only_block_inside_an_area()
    {
        var value = Grid([Item(1, 12, 1, Area(Left, Item(2, 6))), Item(3, 12)], (1, Row, ""), (2, Row, ""), (3, Quote, "Quoted"));

        var errors = Check(value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.grid.items[0].areas[0].items[0]", "properties.grid.items[1]" }));
            Assert.That(errors[0].Message, Does.EndWith("is not allowed inside areas, only at the root of the grid."));
            Assert.That(errors[1].Message, Does.EndWith("is not allowed at the root of the grid, only inside areas."));
        }
    }

    [Test]
    public void An_area_lets_in_only_its_specified_block_types_and_counts_them()
    {
        var value = Grid(
            [Item(1, 12, 1, Area(Right, Item(2, 6), Item(3, 6), Item(4, 6)))],
            (1, Row, ""),
            (2, Text, "One"),
            (3, Text, "Two"),
            (4, Quote, "Three"));

        var errors = Check(value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.grid.items[0].areas[0].items[2]", "properties.grid.items[0].areas[0]" }));
            Assert.That(errors[0].Message, Does.EndWith("is not one of the block types allowed in the area 'right'."));
            Assert.That(errors[1].Message, Is.EqualTo("There are 3 blocks; at most 2 are allowed."));
        }
    }

    [Test]
    public void An_area_minimum_waits_for_publish()
    {
        var value = Grid([Item(1, 12, 1, Area(Right))], (1, Row, ""));

        var error = SingleError(Check(value, ValidationMode.Publish));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Check(value), Is.Empty);
            Assert.That(error.Path, Is.EqualTo("properties.grid.items[0].areas[0]"));
            Assert.That(error.Message, Is.EqualTo("There are 0 blocks; at least 1 is needed to publish."));
        }
    }

    [Test]
    public void Spans_must_fit_the_grid_the_area_and_the_block_type()
    {
        var value = Grid(
            [Item(1, 12, 1, Area(Left, Item(2, 12))), Item(3, 5), Item(4, 13, 3)],
            (1, Row, ""),
            (2, Text, "Too wide for the area"),
            (3, Text, "Not an option"),
            (4, Text, "Too wide and too tall"));

        var errors = Check(value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                errors.Select(error => error.Path),
                Is.EqualTo(new[] { "properties.grid.items[0].areas[0].items[0].columnSpan", "properties.grid.items[1].columnSpan", "properties.grid.items[2].columnSpan", "properties.grid.items[2].rowSpan" }));
            Assert.That(errors[0].Message, Is.EqualTo("The column span is 12; expected a whole number from 1 to 6, the columns available here."));
            Assert.That(errors[1].Message, Is.EqualTo("The column span 5 is not one this block type allows (4, 6, 12)."));
            Assert.That(errors[3].Message, Is.EqualTo("The row span is 3; expected a whole number from 1 to 2."));
        }
    }

    [Test]
    public void An_area_the_block_type_does_not_have_and_an_unknown_block_type_are_refused()
    {
        var stranger = Guid.Parse("20000000-0000-4000-8000-0000000000ff");
        var value = Grid(
            [Item(1, 12, 1, Area(Guid.Parse("00000000-0000-4000-8000-00000000a4ea"))), Item(2, 12)],
            (1, Row, ""),
            (2, stranger, "Unknown"));

        var errors = Check(value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors.Select(error => error.Path), Is.EqualTo(new[] { "properties.grid.items[0].areas[0]", "properties.grid.items[1]" }));
            Assert.That(errors[0].Message, Does.StartWith("The area 00000000-0000-4000-8000-00000000a4ea is not one of the areas of block type"));
            Assert.That(errors[1].Message, Is.EqualTo($"The block type {stranger} is not one of the block types allowed here."));
        }
    }

    [Test]
    public void The_validation_limit_counts_root_blocks()
    {
        var value = Grid([Item(1, 4), Item(2, 4), Item(3, 4), Item(4, 4)], (1, Text, "a"), (2, Text, "b"), (3, Text, "c"), (4, Text, "d"));

        var error = SingleError(Check(value));

        Assert.That(error.Message, Is.EqualTo("There are 4 blocks; at most 3 are allowed."));
    }

    [Test]
    public void Capitalised_layout_as_some_usync_exports_write_it_reads_alike_and_prepared_values_keep_their_bytes()
    {
        var value = RowWithText().Replace("\"layout\"", "\"Layout\"", StringComparison.Ordinal);
        var context = For(_editor, Configuration);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_editor.IsEmpty(value), Is.False);
            Assert.That(_editor.Validate(value, context), Is.Empty);
            Assert.That(_editor.PrepareForStorage(value, context), Is.SameAs(value));
        }
    }

    [Test]
    public void Malformed_values_get_clear_messages()
    {
        var notJson = SingleError(Check("{\"layout\":"));
        var value = RowWithText();
        var first = value.IndexOf("\"areas\":[]", StringComparison.Ordinal);
        var badAreas = SingleError(Check(string.Concat(value.AsSpan(0, first), "\"areas\":{}", value.AsSpan(first + "\"areas\":[]".Length))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(notJson.Message, Does.StartWith("The block grid is not valid JSON"));
            Assert.That(badAreas.Path, Is.EqualTo("properties.grid.items[0].areas[1].items[0].areas"));
            Assert.That(badAreas.Message, Does.StartWith("The areas are an object"));
        }
    }

    [Test]
    public void Block_list_values_are_not_converted_because_umbraco_has_no_migration_for_them()
    {
        const string List = """{"layout":{"Umbraco.BlockList":[{"contentKey":"b0000000-0000-4000-8000-000000000001","settingsKey":null}]},"contentData":[{"contentTypeKey":"20000000-0000-4000-8000-000000000002","key":"b0000000-0000-4000-8000-000000000001","values":[]}],"settingsData":[],"expose":[]}""";

        var converted = _editor.TryConvertFrom(new BlockListPropertyEditor(), List, For(_editor, Configuration), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.StartWith("Umbraco has no migration from Umbraco.BlockList to Umbraco.BlockGrid"));
            Assert.That(_editor.TryConvertFrom(new BlockListPropertyEditor(), "", For(_editor, Configuration), out _, out _), Is.True);
        }
    }
}
