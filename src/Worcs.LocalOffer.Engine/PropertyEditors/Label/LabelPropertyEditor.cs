using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.Label: a read-only value set by the system (for example a media item's size), never typed by editors.
/// It is stored as text and must fit the data type's <c>umbracoDataValueType</c>: a whole number for INT and BIGINT,
/// an invariant decimal for DECIMAL, a date for DATE and DATETIME, a time for TIME; STRING, TEXT, JSON and XML take any text.
/// </summary>
public sealed class LabelPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.Label;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        var type = LabelValueType.Of(context.Configuration);
        var text = value!.Trim();
        var expected = type switch
        {
            LabelValueType.Integer when !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
                string.Create(CultureInfo.InvariantCulture, $"a whole number between {int.MinValue} and {int.MaxValue}, like 42"),
            LabelValueType.BigInteger when !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
                "a whole number, like 1048576",
            LabelValueType.Decimal when NumberRules.TryParseDecimal(text, out _) is not null =>
                "a decimal number with '.' as the decimal point, like 12.50",
            LabelValueType.Date or LabelValueType.DateTime when !LabelValueType.TryReadDateTime(text, out _) =>
                "a date and time, like 2025-01-02 10:30:00",
            LabelValueType.Time when !LabelValueType.TryReadTime(text, out _) =>
                "a time, like 10:30:00",
            _ => null,
        };

        return expected is null
            ? []
            : [new ValidationError(context.Path, $"{ValueText.Quote(text)} does not fit this label, which holds {type} values: expected {expected}.")];
    }
}
