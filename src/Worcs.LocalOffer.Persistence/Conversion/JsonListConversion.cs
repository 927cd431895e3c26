using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Worcs.LocalOffer.Persistence.Conversion;

internal static class JsonListConversion
{
    /// <summary>
    /// Stores a list as a JSON text column. Changes are detected by comparing the JSON, so lists edited in place are
    /// saved even when nobody calls Update; the snapshot is a deep copy for the same reason.
    /// </summary>
    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        var comparer = new ValueComparer<List<T>>(
            (left, right) => JsonStorage.Serialize(left) == JsonStorage.Serialize(right),
            list => JsonStorage.Serialize(list).GetHashCode(StringComparison.Ordinal),
            list => JsonStorage.Deserialize<List<T>>(JsonStorage.Serialize(list)));

        property
            .HasConversion(list => JsonStorage.Serialize(list), json => JsonStorage.Deserialize<List<T>>(json), comparer)
            .IsRequired();
        return property;
    }
}
