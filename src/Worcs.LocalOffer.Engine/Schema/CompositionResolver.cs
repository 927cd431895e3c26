using Worcs.LocalOffer.Engine.ContentTypes;

namespace Worcs.LocalOffer.Engine.Schema;

/// <summary>Flattens a type with its compositions. The type's own property wins over a composed one with the same alias.</summary>
public static class CompositionResolver
{
    public static IReadOnlyList<PropertyType> PropertiesOf(ContentType type, Func<Guid, ContentType?> findType)
    {
        var byAlias = new Dictionary<string, PropertyType>(StringComparer.OrdinalIgnoreCase);
        var visited = new HashSet<Guid>();
        Collect(type, findType, byAlias, visited);
        return [.. byAlias.Values.OrderBy(property => property.SortOrder)];
    }

    private static void Collect(ContentType type, Func<Guid, ContentType?> findType, Dictionary<string, PropertyType> byAlias, HashSet<Guid> visited)
    {
        if (!visited.Add(type.Key))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            byAlias.TryAdd(property.Alias, property);
        }

        foreach (var compositionKey in type.CompositionKeys)
        {
            if (findType(compositionKey) is { } composition)
            {
                Collect(composition, findType, byAlias, visited);
            }
        }
    }

    /// <summary>True when <paramref name="type"/> composes <paramref name="target"/> directly or through other compositions.</summary>
    public static bool Composes(ContentType type, Guid target, Func<Guid, ContentType?> findType) =>
        Composes(type, target, findType, []);

    private static bool Composes(ContentType type, Guid target, Func<Guid, ContentType?> findType, HashSet<Guid> visited) =>
        visited.Add(type.Key) && type.CompositionKeys.Any(key => key == target || (findType(key) is { } next && Composes(next, target, findType, visited)));
}
