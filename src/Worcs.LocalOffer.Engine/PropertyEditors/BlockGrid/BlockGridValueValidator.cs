using System.Globalization;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.Results;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// Checks an Umbraco.BlockGrid value: each block as the block list checks it (content, settings, element types), then
/// where it sits. Root blocks are at <c>{property}.items[i]</c>, blocks in an area at
/// <c>{block}.areas[k].items[j]</c>, in layout order.
/// </summary>
internal static class BlockGridValueValidator
{
    private const string LayoutAlias = PropertyEditorAliases.BlockGrid;

    public static List<ValidationError> Validate(JsonObject value, string path, PropertyEditorContext context)
    {
        var errors = new List<ValidationError>();
        if (BlockValueValidator.ReadLayout(value, LayoutAlias, path, errors) is not { } entries)
        {
            return errors;
        }

        var grid = new GridCheck(
            BlockGridConfiguration.Read(context.Configuration),
            BlockValueValidator.ReadItems(value, path, errors),
            BlockValueValidator.AllowedBlocks(context.Configuration),
            context,
            errors);
        grid.CheckItems(entries, $"{path}.items", area: null, grid.Configuration.GridColumns);
        return errors;
    }

    private sealed class GridCheck(
        BlockGridConfiguration configuration,
        BlockItems items,
        Dictionary<Guid, Guid?>? allowed,
        PropertyEditorContext context,
        List<ValidationError> errors)
    {
        private readonly Dictionary<Guid, string> _seen = [];

        public BlockGridConfiguration Configuration => configuration;

        /// <summary>Checks the blocks of the root (when <paramref name="area"/> is null) or of one area.</summary>
        public void CheckItems(JsonArray entries, string listPath, BlockGridAreaType? area, int columns)
        {
            var typesInList = new List<Guid>();
            for (var index = 0; index < entries.Count; index++)
            {
                var itemPath = string.Create(CultureInfo.InvariantCulture, $"{listPath}[{index}]");
                if (BlockValueValidator.CheckBlock(entries[index], itemPath, itemPath, items, _seen, allowed, context, errors) is not { } contentType)
                {
                    continue;
                }

                typesInList.Add(contentType);
                var blockType = configuration.Blocks.GetValueOrDefault(contentType);
                CheckPlacement(contentType, blockType, area, itemPath);
                var entry = (JsonObject)entries[index]!;
                CheckSpans(entry, blockType, columns, itemPath);
                CheckAreas(entry, contentType, blockType, itemPath);
            }

            if (area is not null)
            {
                CheckAreaCounts(area, typesInList, listPath[..^".items".Length]);
            }
        }

        private void CheckPlacement(Guid contentType, BlockGridBlockType? blockType, BlockGridAreaType? area, string itemPath)
        {
            if (blockType is null)
            {
                return;
            }

            if (area is null && !blockType.AllowAtRoot)
            {
                errors.Add(new ValidationError(itemPath, $"The block type {contentType} is not allowed at the root of the grid, only inside areas."));
            }
            else if (area is not null && !blockType.AllowInAreas)
            {
                errors.Add(new ValidationError(itemPath, $"The block type {contentType} is not allowed inside areas, only at the root of the grid."));
            }
            else if (area is { SpecifiedAllowance.Count: > 0 } && !area.SpecifiedAllowance.Any(allowance => Matches(allowance, contentType, blockType)))
            {
                errors.Add(new ValidationError(itemPath, $"The block type {contentType} is not one of the block types allowed in the area '{area.Alias}'."));
            }
        }

        private void CheckSpans(JsonObject entry, BlockGridBlockType? blockType, int columns, string itemPath)
        {
            var columnSpan = JsonValues.GetInt(entry, "columnSpan");
            if (columnSpan is not { } span || span < 1 || span > columns)
            {
                errors.Add(new ValidationError(
                    $"{itemPath}.columnSpan",
                    string.Create(CultureInfo.InvariantCulture, $"The column span is {Describe(entry["columnSpan"])}; expected a whole number from 1 to {columns}, the columns available here.")));
            }
            else if (blockType is { ColumnSpanOptions.Count: > 0 } && !blockType.ColumnSpanOptions.Contains(span))
            {
                errors.Add(new ValidationError(
                    $"{itemPath}.columnSpan",
                    string.Create(CultureInfo.InvariantCulture, $"The column span {span} is not one this block type allows ({string.Join(", ", blockType.ColumnSpanOptions.Order())}).")));
            }

            var rowSpan = JsonValues.GetInt(entry, "rowSpan");
            var least = Math.Max(blockType?.RowMinSpan ?? 1, 1);
            var most = blockType?.RowMaxSpan is > 0 and var max ? max : int.MaxValue;
            if (rowSpan is not { } rows || rows < least || rows > most)
            {
                var range = most == int.MaxValue
                    ? string.Create(CultureInfo.InvariantCulture, $"{least} or more")
                    : string.Create(CultureInfo.InvariantCulture, $"from {least} to {most}");
                errors.Add(new ValidationError($"{itemPath}.rowSpan", $"The row span is {Describe(entry["rowSpan"])}; expected a whole number {range}."));
            }
        }

        private void CheckAreas(JsonObject entry, Guid contentType, BlockGridBlockType? blockType, string itemPath)
        {
            if (JsonValues.IsNull(entry["areas"]))
            {
                return;
            }

            if (entry["areas"] is not JsonArray areas)
            {
                errors.Add(new ValidationError($"{itemPath}.areas", $"The areas are {JsonValues.Describe(entry["areas"])}; expected an array of {{\"key\":…,\"items\":[…]}} entries."));
                return;
            }

            var columns = blockType?.AreaGridColumns is > 0 and var gridColumns ? gridColumns : configuration.GridColumns;
            for (var index = 0; index < areas.Count; index++)
            {
                var areaPath = string.Create(CultureInfo.InvariantCulture, $"{itemPath}.areas[{index}]");
                if (areas[index] is not JsonObject area || JsonValues.AsGuid(area["key"]) is not { } key)
                {
                    errors.Add(new ValidationError(areaPath, "The area has no valid key; expected {\"key\":<the GUID of one of the block type's areas>,\"items\":[…]}."));
                    continue;
                }

                BlockGridAreaType? areaType = null;
                if (configuration.HasBlockTypes && (blockType is null || !blockType.Areas.TryGetValue(key, out areaType)))
                {
                    errors.Add(new ValidationError(areaPath, $"The area {key} is not one of the areas of block type {contentType}."));
                    continue;
                }

                if (!JsonValues.IsNull(area["items"]) && area["items"] is not JsonArray)
                {
                    errors.Add(new ValidationError($"{areaPath}.items", $"The area's items are {JsonValues.Describe(area["items"])}; expected an array of blocks."));
                    continue;
                }

                // An area is a grid of its own as wide as the area, as Umbraco's block grid styles lay it out.
                var areaColumns = areaType?.ColumnSpan is > 0 and var span ? span : columns;
                CheckItems(area["items"] as JsonArray ?? [], $"{areaPath}.items", areaType ?? Unconfigured(key), areaColumns);
            }
        }

        private void CheckAreaCounts(BlockGridAreaType area, List<Guid> types, string areaPath)
        {
            errors.AddRange(PickerLimits.Check(types.Count, area.MinAllowed, area.MaxAllowed, "block", context with { Path = areaPath }));
            foreach (var allowance in area.SpecifiedAllowance)
            {
                var count = types.Count(type => Matches(allowance, type, configuration.Blocks.GetValueOrDefault(type)));
                var what = allowance.ElementTypeKey is { } elementType ? $"of type {elementType}" : $"of group {allowance.GroupKey}";
                var found = string.Create(CultureInfo.InvariantCulture, $"The area '{area.Alias}' has {count} block{(count == 1 ? "" : "s")} {what}");
                if (allowance.MaxAllowed is > 0 and var most && count > most)
                {
                    errors.Add(new ValidationError(areaPath, string.Create(CultureInfo.InvariantCulture, $"{found}; at most {most} allowed.")));
                }

                if (context.Mode == ValidationMode.Publish && allowance.MinAllowed is > 0 and var least && count < least)
                {
                    errors.Add(new ValidationError(areaPath, string.Create(CultureInfo.InvariantCulture, $"{found}; at least {least} needed to publish.")));
                }
            }
        }

        private static bool Matches(BlockGridAllowance allowance, Guid contentType, BlockGridBlockType? blockType) =>
            allowance.ElementTypeKey is { } elementType
                ? elementType == contentType
                : allowance.GroupKey is { } group && blockType?.GroupKey == group;

        private static BlockGridAreaType Unconfigured(Guid key) => new(key, key.ToString(), null, null, null, null, []);

        private static string Describe(JsonNode? node) =>
            node is not null && JsonValues.AsDecimal(node) is { } number ? number.ToString(CultureInfo.InvariantCulture) : JsonValues.Describe(node);
    }
}
