using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Worcs.LocalOffer.Persistence.Conversion;

/// <summary>Stores a node version's values by alias as a JSON object, read back with the engine's case-insensitive keys.</summary>
internal static class PropertyValuesConversion
{
    public static PropertyBuilder<Dictionary<string, string?>> HasPropertyValuesConversion(this PropertyBuilder<Dictionary<string, string?>> property)
    {
        var comparer = new ValueComparer<Dictionary<string, string?>>(
            (left, right) => AreEqual(left, right),
            values => values.Count,
            values => Copy(values));

        property
            .HasConversion(values => JsonStorage.Serialize(values), json => Copy(JsonStorage.Deserialize<Dictionary<string, string?>>(json)), comparer)
            .IsRequired();
        return property;
    }

    public static Dictionary<string, string?> Copy(Dictionary<string, string?> values) => new(values, StringComparer.OrdinalIgnoreCase);

    public static bool AreEqual(Dictionary<string, string?>? left, Dictionary<string, string?>? right)
    {
        if (left is null || right is null)
        {
            return ReferenceEquals(left, right);
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        // Keys are compared exactly too: renaming "title" to "Title" must be saved.
        var exactKeys = new HashSet<string>(left.Keys, StringComparer.Ordinal);
        return right.All(pair => exactKeys.Contains(pair.Key)
            && left.TryGetValue(pair.Key, out var value)
            && string.Equals(value, pair.Value, StringComparison.Ordinal));
    }
}
