using System.Collections.Concurrent;

namespace Worcs.LocalOffer.Search.Indexing;

/// <summary>The field definitions of one index. A field without a definition is <see cref="FieldType.FullText"/>.</summary>
public sealed class FieldDefinitionCollection
{
    private readonly ConcurrentDictionary<string, FieldDefinition> _definitions = new(StringComparer.Ordinal);

    public FieldDefinitionCollection(IEnumerable<FieldDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            AddOrUpdate(definition);
        }
    }

    public IEnumerable<FieldDefinition> All => _definitions.Values;

    public void AddOrUpdate(FieldDefinition definition) => _definitions[definition.Name] = definition;

    public FieldDefinition Get(string name) =>
        _definitions.TryGetValue(name, out var definition) ? definition : new FieldDefinition(name, FieldType.FullText);

    public IEnumerable<FieldDefinition> OfType(params FieldType[] types) => _definitions.Values.Where(definition => types.Contains(definition.Type));
}
