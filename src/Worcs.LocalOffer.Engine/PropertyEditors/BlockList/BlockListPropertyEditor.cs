using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.BlockList: an Umbraco 17 block value whose layout is <c>{"Umbraco.BlockList":[…]}</c>. Each block's values are
/// checked against its element type through <see cref="PropertyEditorContext.Elements"/>, at the path
/// <c>{property}[{index}]</c>. Configuration: <c>blocks</c> (the allowed element types) and <c>validationLimit</c> {min,max}.
/// </summary>
public sealed class BlockListPropertyEditor : BlockValuePropertyEditor
{
    public override string Alias => PropertyEditorAliases.BlockList;

    protected override string Noun => "block list";

    protected override string Example => """{"layout":{"Umbraco.BlockList":[…]},"contentData":[…],"settingsData":[],"expose":[…]}""";

    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason) =>
        source.IsEmpty(value)
            ? ValueConversion.Empty(out converted, out reason)
            : ValueConversion.Accept(this, source, value!, context, out converted, out reason);

    private protected override List<ValidationError> ValidateBlocks(JsonObject value, PropertyEditorContext context)
    {
        var errors = BlockValueValidator.Validate(value, LayoutAlias, context.Path, context);
        errors.AddRange(CheckLimits(value, context));
        return errors;
    }
}
