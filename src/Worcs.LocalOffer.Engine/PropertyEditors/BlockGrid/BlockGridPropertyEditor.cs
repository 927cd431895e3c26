using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.BlockGrid: an Umbraco 17 block value whose layout is <c>{"Umbraco.BlockGrid":[…]}</c>, each entry
/// <c>{"contentKey","settingsKey","columnSpan","rowSpan","areas":[{"key","items":[…]}]}</c>. Blocks are checked like the
/// block list's (<see cref="BlockValueValidator"/>) and placed by <see cref="BlockGridValueValidator"/>. The
/// configuration's <c>validationLimit</c> {min,max} counts the blocks at the root, as Umbraco does.
/// </summary>
public sealed class BlockGridPropertyEditor : BlockValuePropertyEditor
{
    public override string Alias => PropertyEditorAliases.BlockGrid;

    protected override string Noun => "block grid";

    protected override string Example => """{"layout":{"Umbraco.BlockGrid":[{"contentKey":…,"columnSpan":12,"rowSpan":1,"areas":[]}]},"contentData":[…],"settingsData":[],"expose":[…]}""";

    /// <summary>Umbraco 17 migrates no other editor's values to the block grid, so only empty values and block grid values carry over.</summary>
    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (string.Equals(source.Alias, PropertyEditorAliases.BlockList, StringComparison.OrdinalIgnoreCase)
            || string.Equals(source.Alias, PropertyEditorAliases.SingleBlock, StringComparison.OrdinalIgnoreCase))
        {
            return ValueConversion.Refuse(
                $"Umbraco has no migration from {source.Alias} to {Alias}: block grid blocks need column and row spans and areas that {source.Alias} values do not have; move the blocks by hand or keep {source.Alias}.",
                out converted,
                out reason);
        }

        return ValueConversion.Accept(this, source, value!, context, out converted, out reason);
    }

    private protected override List<ValidationError> ValidateBlocks(JsonObject value, PropertyEditorContext context)
    {
        var errors = BlockGridValueValidator.Validate(value, context.Path, context);
        errors.AddRange(CheckLimits(value, context));
        return errors;
    }
}
