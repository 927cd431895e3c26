using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Sync.Formats;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Mapping;

/// <summary>Maps data type files to engine data types and back.</summary>
public static class DataTypeMapper
{
    public static DataType ToEngine(SyncDataType file) =>
        new()
        {
            Key = file.Key,
            Name = file.Name,
            EditorAlias = file.EditorAlias,
            EditorUiAlias = file.EditorUiAlias,
            ConfigurationJson = string.IsNullOrWhiteSpace(file.Config) ? "{}" : file.Config,
        };

    /// <summary>The file for a stored data type; <paramref name="existing"/> supplies what the engine does not store (the folder).</summary>
    public static SyncDataType ToSync(DataType dataType, SyncDataType? existing) =>
        new()
        {
            Key = dataType.Key,
            Alias = dataType.Name,
            Name = dataType.Name,
            EditorAlias = dataType.EditorAlias,
            EditorUiAlias = dataType.EditorUiAlias,
            Config = SyncJson.FormatConfig(dataType.ConfigurationJson),
            Level = existing?.Level ?? 1,
            Folder = existing?.Folder,
            ExtraInfoElements = existing?.ExtraInfoElements ?? [],
            ExtraAttributes = existing?.ExtraAttributes ?? [],
            ExtraElements = existing?.ExtraElements ?? [],
        };

    /// <summary>What differs between the stored data type and the one a file maps to; empty when nothing does.</summary>
    public static List<string> Differences(DataType stored, DataType mapped)
    {
        var details = new List<string>();
        Diff.AddText(details, "name", stored.Name, mapped.Name);
        Diff.AddText(details, "editorAlias", stored.EditorAlias, mapped.EditorAlias);
        Diff.AddText(details, "editorUiAlias", stored.EditorUiAlias, mapped.EditorUiAlias);
        if (!JsonNode.DeepEquals(Parse(stored.ConfigurationJson), Parse(mapped.ConfigurationJson)))
        {
            details.Add("configuration changed");
        }

        return details;
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
