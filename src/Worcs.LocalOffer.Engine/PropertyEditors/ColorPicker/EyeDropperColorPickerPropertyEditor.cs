using System.Text.RegularExpressions;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.ColorPicker.EyeDropper: any colour as hex text, <c>#1e90ff</c>, or with an alpha channel, <c>#1e90ff80</c>,
/// when the data type's <c>showAlpha</c> is on (the format Umbraco 17 declares for the editor's value).
/// </summary>
public sealed partial class EyeDropperColorPickerPropertyEditor : PropertyEditor
{
    public override string Alias => PropertyEditorAliases.ColorPickerEyeDropper;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        var match = HexPattern().Match(value!);
        if (!match.Success)
        {
            return [new ValidationError(context.Path, $"{ValueText.Quote(value!)} is not a hex colour: expected '#' and 6 hex digits, like #1e90ff.")];
        }

        return match.Groups["alpha"].Success && !JsonValues.GetBool(context.Configuration, "showAlpha", false)
            ? [new ValidationError(context.Path, $"{ValueText.Quote(value!)} has an alpha channel, but this data type does not allow one (showAlpha is off): expected 6 hex digits, like #1e90ff.")]
            : [];
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (source.Alias == PropertyEditorAliases.ColorPicker && ColorPickerPropertyEditor.TryRead(value!, out var color, out _))
        {
            return ValueConversion.Accept(this, source, ColorValues.Normalize(color), context, out converted, out reason);
        }

        return base.TryConvertFrom(source, value!.Trim(), context, out converted, out reason);
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}(?<alpha>[0-9A-Fa-f]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();
}
