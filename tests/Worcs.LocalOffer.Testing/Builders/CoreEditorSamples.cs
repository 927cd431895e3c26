using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Testing.Builders;

/// <summary>
/// One property per Umbraco 17 core editor (labels, lists, colours, slider, email, repeatable text, Markdown, time
/// only, Plain.*) with a data type configured as uSync exports it and a value stored as uSync writes it.
/// </summary>
public static class CoreEditorSamples
{
    public sealed record Sample(string Alias, DataType DataType, string? Value);

    public static IReadOnlyList<Sample> All { get; } =
    [
        new("labelText", Label("STRING"), "Set by the system"),
        new("labelInteger", Label("INT"), "42"),
        new("labelBigint", Label("BIGINT"), "5368709120"),
        new("labelDecimal", Label("DECIMAL"), "12.50"),
        new("labelDateTime", Label("DATETIME"), "2025-01-02T10:30:00"),
        new("labelTime", Label("TIME"), "10:30:00"),
        new("collection", Make(PropertyEditorAliases.ListView, """{"orderBy":"updateDate","orderDirection":"desc","pageSize":100}"""), null),
        new("drink", Make(PropertyEditorAliases.DropDownFlexible, """{"items":["Coffee","Tea","Cold drinks"],"multiple":false}"""), """["Tea"]"""),
        new("drinks", Make(PropertyEditorAliases.DropDownFlexible, """{"items":["Coffee","Tea","Cold drinks"],"multiple":true}""", "multi"), """["Coffee","Cold drinks"]"""),
        new("needs", Make(PropertyEditorAliases.CheckBoxList, """{"items":["Autism","Hearing","Vision"]}"""), """["Autism","Vision"]"""),
        new("ageGroup", Make(PropertyEditorAliases.RadioButtonList, """{"items":["0 to 5","5 to 11","11 to 16"]}"""), "11 to 16"),
        new("brandColour", Make(PropertyEditorAliases.ColorPicker, """{"items":[{"value":"1e90ff","label":"Blue"},{"value":"ff0000","label":"Red"}],"useLabel":true}"""), """{"label":"Blue","value":"#1e90ff"}"""),
        new("accent", Make(PropertyEditorAliases.ColorPickerEyeDropper, """{"showAlpha":false,"showPalette":true}"""), "#ff8800"),
        new("rating", Make(PropertyEditorAliases.Slider, """{"enableRange":false,"maxVal":10,"minVal":0,"step":0.5}"""), "7.5"),
        new("ageRange", Make(PropertyEditorAliases.Slider, """{"enableRange":true,"maxVal":25,"minVal":0,"minimumRange":1,"step":1}""", "range"), "5,16"),
        new("contactEmail", Make(PropertyEditorAliases.EmailAddress, "{}"), "sendiass@worcestershire.gov.uk"),
        new("phoneNumbers", Make(PropertyEditorAliases.MultipleTextstring, """{"max":3,"min":1}"""), "01905 768153\n01905 768154"),
        new("notes", Make(PropertyEditorAliases.MarkdownEditor, """{"overlaySize":"small"}"""), "# Support\n\nAsk your **SENCO** about an [EHCP](https://example.org/ehcp)."),
        new("openingTime", Make(PropertyEditorAliases.TimeOnly, """{"timeFormat":"HH:mm"}"""), """{"date":"0001-01-01T09:30:00+00:00","timeZone":null}"""),
        new("plainString", Make(PropertyEditorAliases.PlainString, "{}"), "plain words"),
        new("plainJson", Make(PropertyEditorAliases.PlainJson, "{}"), """{"source":"import","ids":[1,2]}"""),
        new("plainInteger", Make(PropertyEditorAliases.PlainInteger, "{}"), "-17"),
        new("plainDecimal", Make(PropertyEditorAliases.PlainDecimal, "{}"), "3.250"),
        new("plainDateTime", Make(PropertyEditorAliases.PlainDateTime, "{}"), "2025-01-02 10:30:00"),
        new("plainTime", Make(PropertyEditorAliases.PlainTime, "{}"), "17:45:00"),
    ];

    public static IReadOnlyDictionary<string, string?> Values => All.ToDictionary(sample => sample.Alias, sample => sample.Value);

    public static IEnumerable<DataType> DataTypes => All.Select(sample => sample.DataType);

    private static DataType Label(string valueType) =>
        Make(PropertyEditorAliases.Label, $$"""{"umbracoDataValueType":"{{valueType}}"}""", valueType);

    private static DataType Make(string editorAlias, string configuration, string suffix = "") =>
        TestDataTypes.Make($"Sample {editorAlias} {suffix}".Trim(), editorAlias, configuration);
}
