using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// What the editors storing an Umbraco 17 block value (<c>{"layout":{alias:[…]},"contentData","settingsData","expose"}</c>)
/// share: emptiness, parsing with a clear message, and preparing nested values through their element types.
/// </summary>
public abstract class BlockValuePropertyEditor : PropertyEditor
{
    /// <summary>The key of the editor's entries under <c>layout</c>, the editor alias in Umbraco 17.</summary>
    protected virtual string LayoutAlias => Alias;

    /// <summary>What an editor calls the value in messages, such as "block list".</summary>
    protected abstract string Noun { get; }

    /// <summary>A short example of the stored JSON for messages.</summary>
    protected abstract string Example { get; }

    public override bool IsEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (JsonValues.TryParse(value, out var node, out _)
            && (JsonValues.IsNull(node) || (node is JsonObject json && BlockValueValidator.HasNoBlocks(json, LayoutAlias))));

    public override IEnumerable<ValidationError> Validate(string? value, PropertyEditorContext context)
    {
        if (IsEmpty(value))
        {
            return [];
        }

        if (!JsonValues.TryParse(value!, out var node, out var parseError))
        {
            return [new ValidationError(context.Path, $"The {Noun} {parseError}; expected JSON like {Example}.")];
        }

        return node is JsonObject json
            ? ValidateBlocks(json, context)
            : [new ValidationError(context.Path, $"The {Noun} is {JsonValues.Describe(node)}; expected a JSON object like {Example}.")];
    }

    /// <summary>Prepares every nested value through its element type; an unchanged value is returned as the same string.</summary>
    public override string? PrepareForStorage(string? value, PropertyEditorContext context) =>
        !IsEmpty(value) && JsonValues.TryParse(value!, out var node, out _) && node is JsonObject json && BlockValuePreparer.Prepare(json, context)
            ? JsonValues.Serialize(json)
            : value;

    /// <summary>The editor's checks of a parsed, non-empty block value.</summary>
    private protected abstract List<ValidationError> ValidateBlocks(JsonObject value, PropertyEditorContext context);

    /// <summary>The count of layout entries against the configuration's <c>validationLimit</c> {min,max}.</summary>
    private protected IEnumerable<ValidationError> CheckLimits(JsonObject value, PropertyEditorContext context)
    {
        var limits = JsonValues.GetObject(context.Configuration, "validationLimit");
        return PickerLimits.Check(
            BlockValueValidator.CountBlocks(value, LayoutAlias),
            JsonValues.GetInt(limits, "min"),
            JsonValues.GetInt(limits, "max"),
            "block",
            context);
    }
}
