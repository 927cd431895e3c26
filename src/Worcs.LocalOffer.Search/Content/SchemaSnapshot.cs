using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Storage;

namespace Worcs.LocalOffer.Search.Content;

/// <summary>The content types and data types, loaded once per batch: each type's properties (compositions included) with their editor aliases.</summary>
internal sealed class SchemaSnapshot
{
    private readonly Dictionary<Guid, ContentType> _types;
    private readonly Dictionary<Guid, DataType> _dataTypes;
    private readonly Dictionary<Guid, IReadOnlyList<(string Alias, string EditorAlias)>> _properties = [];

    private SchemaSnapshot(IEnumerable<ContentType> types, IEnumerable<DataType> dataTypes)
    {
        _types = types.ToDictionary(type => type.Key);
        _dataTypes = dataTypes.ToDictionary(dataType => dataType.Key);
    }

    public static async Task<SchemaSnapshot> LoadAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
        new(await unitOfWork.ContentTypes.GetAllAsync(cancellationToken), await unitOfWork.DataTypes.GetAllAsync(cancellationToken));

    public ContentType? Type(Guid key) => _types.GetValueOrDefault(key);

    public IReadOnlyList<(string Alias, string EditorAlias)> PropertiesOf(ContentType type)
    {
        if (_properties.TryGetValue(type.Key, out var cached))
        {
            return cached;
        }

        var found = new List<(string, string)>();
        var seen = new HashSet<Guid>();
        Collect(type, found, seen);
        _properties[type.Key] = found;
        return found;
    }

    private void Collect(ContentType type, List<(string, string)> into, HashSet<Guid> seen)
    {
        if (!seen.Add(type.Key))
        {
            return;
        }

        foreach (var composition in type.CompositionKeys)
        {
            if (_types.TryGetValue(composition, out var composed))
            {
                Collect(composed, into, seen);
            }
        }

        foreach (var property in type.Properties.OrderBy(property => property.SortOrder))
        {
            if (_dataTypes.TryGetValue(property.DataTypeKey, out var dataType))
            {
                into.Add((property.Alias, dataType.EditorAlias));
            }
        }
    }
}
