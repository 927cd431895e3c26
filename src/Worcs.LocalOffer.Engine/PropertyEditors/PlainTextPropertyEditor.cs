using System.Globalization;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>Text stored as given, limited by the optional <c>maxChars</c> configuration.</summary>
public abstract class PlainTextPropertyEditor : PropertyEditor
{
    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            yield break;
        }

        // Umbraco's UI suggests 512 but only a configured limit is enforced.
        if (JsonValues.GetInt(context.Configuration, "maxChars") is > 0 and var maxChars && value!.Length > maxChars)
        {
            yield return new ValidationError(
                context.Path,
                string.Create(CultureInfo.InvariantCulture, $"The text is {value.Length} characters long; at most {maxChars} characters are allowed."));
        }
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (!ValueConversion.IsScalar(source))
        {
            return ValueConversion.Refuse(
                $"{source.Alias} stores structured JSON, which would not make sense as plain text; re-enter the text by hand.",
                out converted,
                out reason);
        }

        return ValueConversion.Accept(this, source, value!, context, out converted, out reason);
    }
}
