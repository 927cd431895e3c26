using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Schema;

namespace Worcs.LocalOffer.DeliveryApi.Cache;

/// <summary>Resolves every type's properties (compositions included) to their editors.</summary>
internal static class TypeCatalog
{
    public static Dictionary<Guid, CachedType> Build(IReadOnlyList<ContentType> types, IReadOnlyList<DataType> dataTypes)
    {
        var typesByKey = types.ToDictionary(type => type.Key);
        var dataTypesByKey = dataTypes.ToDictionary(dataType => dataType.Key);
        var result = new Dictionary<Guid, CachedType>();
        foreach (var type in types)
        {
            var resolved = CompositionResolver.PropertiesOf(type, key => typesByKey.GetValueOrDefault(key))
                .Select(property => dataTypesByKey.TryGetValue(property.DataTypeKey, out var dataType)
                    ? new CachedProperty(property.Alias, dataType.EditorAlias, dataType.ConfigurationJson)
                    : new CachedProperty(property.Alias, ""))
                .ToList();
            result[type.Key] = new CachedType(type.Key, type.Kind, type.Alias, type.IsElement, resolved, type.VariesByCulture());
        }

        return result;
    }
}
