using System.Text.Json;
using System.Text.Json.Nodes;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Engine.Schema;

/// <summary>
/// The part of the schema one operation needs: a type, its compositions, their data types, and the element types
/// their block editors allow, loaded once so that validation can run without further queries.
/// </summary>
internal sealed class Schema
{
    private readonly Dictionary<Guid, ContentType> _types = [];
    private readonly Dictionary<Guid, DataType> _dataTypes = [];
    private readonly Dictionary<Guid, JsonObject> _configurations = [];

    public static async Task<Schema> LoadAsync(IUnitOfWork unitOfWork, Guid contentTypeKey, CancellationToken cancellationToken)
    {
        var schema = new Schema();
        await schema.LoadTypeAsync(unitOfWork, contentTypeKey, cancellationToken);
        return schema;
    }

    /// <summary>A schema of every given type and data type, for checking without storage.</summary>
    public static Schema FromMemory(IEnumerable<ContentType> types, IEnumerable<DataType> dataTypes)
    {
        var schema = new Schema();
        foreach (var type in types)
        {
            schema._types[type.Key] = type;
        }

        foreach (var dataType in dataTypes)
        {
            schema._dataTypes[dataType.Key] = dataType;
            schema._configurations[dataType.Key] = ParseConfiguration(dataType.ConfigurationJson);
        }

        return schema;
    }

    public ContentType? FindType(Guid key) => _types.GetValueOrDefault(key);

    public DataType? FindDataType(Guid key) => _dataTypes.GetValueOrDefault(key);

    public JsonObject ConfigurationOf(DataType dataType) => _configurations[dataType.Key];

    /// <summary>The type's own properties and those of its compositions, each alias once.</summary>
    public IReadOnlyList<PropertyType> PropertiesOf(ContentType type) => CompositionResolver.PropertiesOf(type, FindType);

    internal async Task LoadTypeAsync(IUnitOfWork unitOfWork, Guid key, CancellationToken cancellationToken)
    {
        if (_types.ContainsKey(key) || await unitOfWork.ContentTypes.GetAsync(key, cancellationToken) is not { } type)
        {
            return;
        }

        _types[key] = type;
        foreach (var compositionKey in type.CompositionKeys)
        {
            await LoadTypeAsync(unitOfWork, compositionKey, cancellationToken);
        }

        foreach (var property in type.Properties)
        {
            await LoadDataTypeAsync(unitOfWork, property.DataTypeKey, cancellationToken);
        }
    }

    private async Task LoadDataTypeAsync(IUnitOfWork unitOfWork, Guid key, CancellationToken cancellationToken)
    {
        if (_dataTypes.ContainsKey(key) || await unitOfWork.DataTypes.GetAsync(key, cancellationToken) is not { } dataType)
        {
            return;
        }

        _dataTypes[key] = dataType;
        _configurations[key] = ParseConfiguration(dataType.ConfigurationJson);
        foreach (var elementTypeKey in ElementTypeKeysIn(_configurations[key]))
        {
            await LoadTypeAsync(unitOfWork, elementTypeKey, cancellationToken);
        }
    }

    /// <summary>A data type's configuration; empty when it is not a JSON object (which saving refuses).</summary>
    internal static JsonObject ParseConfiguration(string json) => TryParseConfiguration(json) ?? [];

    /// <summary>A data type's configuration (blank reads as <c>{}</c>), or null when it is not a JSON object.</summary>
    internal static JsonObject? TryParseConfiguration(string json)
    {
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Element types named by a block editor's <c>blocks</c> configuration.</summary>
    private static IEnumerable<Guid> ElementTypeKeysIn(JsonObject configuration)
    {
        if (configuration["blocks"] is not JsonArray blocks)
        {
            yield break;
        }

        foreach (var block in blocks.OfType<JsonObject>())
        {
            foreach (var name in new[] { "contentElementTypeKey", "settingsElementTypeKey" })
            {
                if (block[name] is JsonValue value && value.TryGetValue(out string? text) && Guid.TryParse(text, out var key))
                {
                    yield return key;
                }
            }
        }
    }
}
