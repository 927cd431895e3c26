using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.BlockList: an Umbraco 17 block value whose layout is <c>{"Umbraco.BlockList":[…]}</c>. Each block's values are
/// checked against its element type through <see cref="PropertyEditorContext.Elements"/>, at the path
/// <c>{property}[{index}]</c>. Configuration: <c>blocks</c> (the allowed element types) and <c>validationLimit</c> {min,max}.
/// </summary>
public sealed class BlockListPropertyEditor : PropertyEditor
{
    private const string LayoutAlias = PropertyEditorAliases.BlockList;

    private const string Example = """{"layout":{"Umbraco.BlockList":[…]},"contentData":[…],"settingsData":[],"expose":[…]}""";

    public override string Alias => PropertyEditorAliases.BlockList;

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
            return [new ValidationError(context.Path, $"The block list {parseError}; expected JSON like {Example}.")];
        }

        if (node is not JsonObject json)
        {
            return [new ValidationError(context.Path, $"The block list is {JsonValues.Describe(node)}; expected a JSON object like {Example}.")];
        }

        var errors = BlockValueValidator.Validate(json, LayoutAlias, context.Path, context);
        var limits = JsonValues.GetObject(context.Configuration, "validationLimit");
        errors.AddRange(PickerLimits.Check(
            BlockValueValidator.CountBlocks(json, LayoutAlias),
            JsonValues.GetInt(limits, "min"),
            JsonValues.GetInt(limits, "max"),
            "block",
            context));
        return errors;
    }

    /// <summary>Prepares every nested value through its element type; an unchanged value is returned as the same string.</summary>
    public override string? PrepareForStorage(string? value, PropertyEditorContext context) =>
        !IsEmpty(value) && JsonValues.TryParse(value!, out var node, out _) && node is JsonObject json && BlockValuePreparer.Prepare(json, context)
            ? JsonValues.Serialize(json)
            : value;

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason) =>
        source.IsEmpty(value)
            ? ValueConversion.Empty(out converted, out reason)
            : ValueConversion.Accept(this, source, value!, context, out converted, out reason);
}
