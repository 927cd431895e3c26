using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Umbraco.SingleBlock (new in Umbraco 17): one block, stored like a block list's value with the layout
/// <c>{"Umbraco.SingleBlock":[{"contentKey","settingsKey"}]}</c> holding at most one entry. The block is checked at the
/// property's own path. Configuration: <c>blocks</c> (the allowed element types).
/// </summary>
public sealed class SingleBlockPropertyEditor : BlockValuePropertyEditor
{
    public override string Alias => PropertyEditorAliases.SingleBlock;

    protected override string Noun => "single block";

    protected override string Example => """{"layout":{"Umbraco.SingleBlock":[{"contentKey":…,"settingsKey":null}]},"contentData":[…],"settingsData":[],"expose":[…]}""";

    /// <summary>
    /// Umbraco 17 migrates block lists in single block mode to this editor by renaming the layout; a block list value with
    /// one block converts the same way, and one with more is refused.
    /// </summary>
    public override bool TryConvertFrom(IPropertyEditor source, string? value, PropertyEditorContext context, out string? converted, out string? reason)
    {
        if (source.IsEmpty(value))
        {
            return ValueConversion.Empty(out converted, out reason);
        }

        if (!string.Equals(source.Alias, PropertyEditorAliases.BlockList, StringComparison.OrdinalIgnoreCase)
            || !JsonValues.TryParse(value!, out var node, out _)
            || node is not JsonObject json
            || json["layout"] is not JsonObject layout
            || layout[PropertyEditorAliases.BlockList] is not JsonArray entries)
        {
            return ValueConversion.Accept(this, source, value!, context, out converted, out reason);
        }

        if (entries.Count > 1)
        {
            return ValueConversion.Refuse(
                string.Create(CultureInfo.InvariantCulture, $"the block list holds {entries.Count} blocks and {Alias} holds one; remove the others first."),
                out converted,
                out reason);
        }

        json["layout"] = new JsonObject { [LayoutAlias] = entries.DeepClone() };
        return ValueConversion.Accept(this, source, JsonValues.Serialize(json), context, out converted, out reason);
    }

    private protected override List<ValidationError> ValidateBlocks(JsonObject value, PropertyEditorContext context)
    {
        var errors = new List<ValidationError>();
        if (BlockValueValidator.ReadLayout(value, LayoutAlias, context.Path, errors) is not { } entries)
        {
            return errors;
        }

        var items = BlockValueValidator.ReadItems(value, context.Path, errors);
        if (entries.Count > 1)
        {
            errors.Add(new ValidationError(context.Path, string.Create(CultureInfo.InvariantCulture, $"A single block holds one block, but the layout lists {entries.Count}.")));
            return errors;
        }

        BlockValueValidator.CheckBlock(entries[0], context.Path, "the block", items, [], BlockValueValidator.AllowedBlocks(context.Configuration), context, errors);
        return errors;
    }
}
