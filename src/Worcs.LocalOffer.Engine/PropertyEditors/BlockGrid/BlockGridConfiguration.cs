using System.Text.Json.Nodes;

namespace Worcs.LocalOffer.Engine.PropertyEditors;

/// <summary>
/// The parts of an Umbraco.BlockGrid configuration that decide where blocks may go: <c>gridColumns</c> (12 when not
/// set) and, per entry of <c>blocks</c>, <c>allowAtRoot</c>, <c>allowInAreas</c> (both true when not set),
/// <c>columnSpanOptions</c>, <c>rowMinSpan</c>, <c>rowMaxSpan</c>, <c>areaGridColumns</c>, <c>groupKey</c> and <c>areas</c>.
/// </summary>
public sealed record BlockGridConfiguration(int GridColumns, IReadOnlyDictionary<Guid, BlockGridBlockType> Blocks)
{
    public const int DefaultGridColumns = 12;

    /// <summary>True when the data type lists its block types; otherwise any element type may be used anywhere.</summary>
    public bool HasBlockTypes => Blocks.Count > 0;

    /// <summary>Reads a data type's configuration JSON; anything unreadable counts as no configuration.</summary>
    public static BlockGridConfiguration Parse(string configurationJson) =>
        Read(Schema.Schema.ParseConfiguration(configurationJson));

    internal static BlockGridConfiguration Read(JsonObject configuration)
    {
        var blocks = new Dictionary<Guid, BlockGridBlockType>();
        foreach (var block in (JsonValues.GetArray(configuration, "blocks") ?? []).OfType<JsonObject>())
        {
            if (JsonValues.AsGuid(block["contentElementTypeKey"]) is { } contentType)
            {
                blocks[contentType] = ReadBlock(block);
            }
        }

        return new BlockGridConfiguration(JsonValues.GetInt(configuration, "gridColumns") is > 0 and var columns ? columns : DefaultGridColumns, blocks);
    }

    private static BlockGridBlockType ReadBlock(JsonObject block)
    {
        var spans = (JsonValues.GetArray(block, "columnSpanOptions") ?? [])
            .OfType<JsonObject>()
            .Select(option => JsonValues.GetInt(option, "columnSpan"))
            .OfType<int>()
            .ToHashSet();
        var areas = new Dictionary<Guid, BlockGridAreaType>();
        foreach (var area in (JsonValues.GetArray(block, "areas") ?? []).OfType<JsonObject>())
        {
            if (JsonValues.AsGuid(area["key"]) is { } key)
            {
                areas[key] = new BlockGridAreaType(
                    key,
                    JsonValues.GetString(area, "alias") ?? "",
                    JsonValues.GetInt(area, "columnSpan"),
                    JsonValues.GetInt(area, "rowSpan"),
                    JsonValues.GetInt(area, "minAllowed"),
                    JsonValues.GetInt(area, "maxAllowed"),
                    ReadAllowances(area));
            }
        }

        return new BlockGridBlockType(
            JsonValues.AsGuid(block["settingsElementTypeKey"]),
            JsonValues.GetBool(block, "allowAtRoot", fallback: true),
            JsonValues.GetBool(block, "allowInAreas", fallback: true),
            spans,
            JsonValues.GetInt(block, "rowMinSpan"),
            JsonValues.GetInt(block, "rowMaxSpan"),
            JsonValues.GetInt(block, "areaGridColumns"),
            JsonValues.AsGuid(block["groupKey"]),
            areas);
    }

    private static List<BlockGridAllowance> ReadAllowances(JsonObject area) =>
        [.. (JsonValues.GetArray(area, "specifiedAllowance") ?? [])
            .OfType<JsonObject>()
            .Select(allowance => new BlockGridAllowance(
                JsonValues.AsGuid(allowance["elementTypeKey"]),
                JsonValues.AsGuid(allowance["groupKey"]),
                JsonValues.GetInt(allowance, "minAllowed"),
                JsonValues.GetInt(allowance, "maxAllowed")))
            .Where(allowance => allowance.ElementTypeKey is not null || allowance.GroupKey is not null)];
}

/// <summary>One configured block type of a grid.</summary>
public sealed record BlockGridBlockType(
    Guid? SettingsElementTypeKey,
    bool AllowAtRoot,
    bool AllowInAreas,
    IReadOnlySet<int> ColumnSpanOptions,
    int? RowMinSpan,
    int? RowMaxSpan,
    int? AreaGridColumns,
    Guid? GroupKey,
    IReadOnlyDictionary<Guid, BlockGridAreaType> Areas);

/// <summary>One area of a block type: its alias, size, how many blocks it takes and which ones.</summary>
public sealed record BlockGridAreaType(
    Guid Key,
    string Alias,
    int? ColumnSpan,
    int? RowSpan,
    int? MinAllowed,
    int? MaxAllowed,
    IReadOnlyList<BlockGridAllowance> SpecifiedAllowance);

/// <summary>An area's <c>specifiedAllowance</c> entry: an element type or a block group, with optional limits.</summary>
public sealed record BlockGridAllowance(Guid? ElementTypeKey, Guid? GroupKey, int? MinAllowed, int? MaxAllowed);
