using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Persistence.Conversion;

/// <summary>
/// Stores a version's cultures as one JSON object by ISO code, read back with case-insensitive keys for the codes and
/// the property aliases. Compared by JSON, so values edited in place are saved.
/// </summary>
internal static class CultureVariantsConversion
{
    public static PropertyBuilder<Dictionary<string, NodeCultureVariant>> HasCultureVariantsConversion(this PropertyBuilder<Dictionary<string, NodeCultureVariant>> property)
    {
        var comparer = new ValueComparer<Dictionary<string, NodeCultureVariant>>(
            (left, right) => JsonStorage.Serialize(left) == JsonStorage.Serialize(right),
            cultures => JsonStorage.Serialize(cultures).GetHashCode(StringComparison.Ordinal),
            cultures => Read(JsonStorage.Serialize(cultures)));

        property
            .HasConversion(cultures => JsonStorage.Serialize(cultures), json => Read(json), comparer)
            .IsRequired();
        return property;
    }

    private static Dictionary<string, NodeCultureVariant> Read(string json) =>
        JsonStorage.Deserialize<Dictionary<string, NodeCultureVariant>>(json).ToDictionary(
            pair => pair.Key,
            pair => new NodeCultureVariant
            {
                Name = pair.Value.Name,
                UrlSegment = pair.Value.UrlSegment,
                Values = PropertyValuesConversion.Copy(pair.Value.Values),
            },
            StringComparer.OrdinalIgnoreCase);
}
