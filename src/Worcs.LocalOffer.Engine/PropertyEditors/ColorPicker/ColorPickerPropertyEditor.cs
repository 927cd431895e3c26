using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.ColorPicker: one of the data type's swatches, stored as the backoffice writes it,
/// <c>{"label":"Blue","value":"#1e90ff"}</c>; plain hex text such as <c>1e90ff</c> from older sites is read too.
/// The colour must be one of the configured <c>items</c> (compared ignoring case and '#').
/// </summary>
public sealed class ColorPickerPropertyEditor : PropertyEditor
{
    private const string Example = """{"label":"Blue","value":"#1e90ff"}""";

    public override string Alias => PropertyEditorAliases.ColorPicker;

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!TryRead(value!, out var color, out var problem))
        {
            return [new ValidationError(context.Path, $"The colour {problem}; expected JSON like {Example}.")];
        }

        if (!ColorValues.IsHex(color))
        {
            return [new ValidationError(context.Path, $"{ValueText.Quote(color)} is not a hex colour such as #1e90ff.")];
        }

        var swatches = ColorValues.Swatches(context.Configuration);
        if (swatches.Any(swatch => ColorValues.Normalize(swatch.Value) == ColorValues.Normalize(color)))
        {
            return [];
        }

        var message = swatches.Count == 0
            ? $"The colour {ValueText.Quote(color)} cannot be picked: this data type has no colours configured."
            : $"The colour {ValueText.Quote(color)} is not one of the colours of this data type: {string.Join(", ", swatches.Select(swatch => $"{swatch.Label} ({ColorValues.Normalize(swatch.Value)})"))}.";
        return [new ValidationError(context.Path, message)];
    }

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (!ValueConversion.IsScalar(source) && source.Alias != Alias)
        {
            return ValueConversion.Refuse($"{source.Alias} stores structured JSON, which cannot become a colour.", out converted, out reason);
        }

        // A colour from the eye dropper or a text box takes the label of the matching swatch.
        if (!TryRead(value!, out var color, out _))
        {
            color = value!.Trim();
        }

        var swatch = ColorValues.Swatches(context.Configuration).FirstOrDefault(item => ColorValues.Normalize(item.Value) == ColorValues.Normalize(color));
        var candidate = swatch is null
            ? value!.Trim()
            : JsonValues.Serialize(new JsonObject { ["label"] = swatch.Label, ["value"] = ColorValues.Normalize(color) });
        return ValueConversion.Accept(this, source, candidate, context, out converted, out reason);
    }

    /// <summary>Reads the colour from the stored JSON object or plain text.</summary>
    public static bool TryRead(string value, out string color, out string? problem)
    {
        color = value.Trim();
        problem = null;
        if (!color.StartsWith('{'))
        {
            return true;
        }

        if (!JsonValues.TryParse(color, out var node, out problem))
        {
            return false;
        }

        if (node is not JsonObject json || json["value"]?.GetValueKind() != JsonValueKind.String)
        {
            problem = $"has no text 'value' field";
            return false;
        }

        if (json["label"] is { } label && label.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Null))
        {
            problem = $"has {JsonValues.Describe(label)} as its 'label' where text was expected";
            return false;
        }

        color = json["value"]!.GetValue<string>();
        return true;
    }
}
