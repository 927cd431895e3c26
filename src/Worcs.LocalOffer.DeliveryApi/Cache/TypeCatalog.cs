using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Schema;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>Resolves every type's properties (compositions included) to their editors and configuration.</summary>
internal static class TypeCatalog
{
    public static Dictionary<Guid, CachedType> Build(IReadOnlyList<ContentType> types, IReadOnlyList<DataType> dataTypes)
    {
        var typesByKey = types.ToDictionary(type => type.Key);
        var dataTypesByKey = dataTypes.ToDictionary(dataType => dataType.Key);
        var configurations = dataTypes.ToDictionary(dataType => dataType.Key, dataType => ParseConfiguration(dataType.ConfigurationJson));
        var result = new Dictionary<Guid, CachedType>();
        foreach (var type in types)
        {
            var resolved = CompositionResolver.PropertiesOf(type, key => typesByKey.GetValueOrDefault(key))
                .Select(property => new CachedProperty(
                    property.Alias,
                    dataTypesByKey.TryGetValue(property.DataTypeKey, out var dataType) ? dataType.EditorAlias : "",
                    configurations.GetValueOrDefault(property.DataTypeKey) ?? [],
                    property.SortOrder))
                .ToList();
            result[type.Key] = new CachedType(type.Key, type.Kind, type.Alias, type.IsElement, resolved);
        }

        return result;
    }

    private static JsonObject ParseConfiguration(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
